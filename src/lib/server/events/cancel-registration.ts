// « Annuler mon inscription » (or a coordinator for someone, e.g. who phoned): the place or the spot in line
// is given up, and a freed place is offered at once to the first person waiting.
import { eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockOccurrence } from './event-access.ts';
import { offerFreePlaces } from './places.ts';

const LIVE = ['registered', 'waitlisted', 'offered'];

export async function cancelRegistration(options: { actor: Actor | null; networkId: string; registrationId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.registrationId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		const [found] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, options.registrationId));
		if (!found || found.networkId !== options.networkId) throw new AppError('not_found');
		if (found.accountId !== actor.accountId && !isCoordinator(actor, options.networkId)) {
			throw new AppError('forbidden');
		}
		// Lock order: the occurrence, then its registrations (as registering does).
		const { occurrence, event } = await lockOccurrence(tx, options.networkId, found.occurrenceId);
		const [registration] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, found.id));
		if (!LIVE.includes(registration.status)) throw new AppError('transition_refused');
		if (occurrence.startsAt.getTime() <= now().getTime()) throw new AppError('event_past');
		await tx
			.update(eventRegistrations)
			.set({ status: 'cancelled', endedAt: now() })
			.where(eq(eventRegistrations.id, registration.id));
		await offerFreePlaces(tx, event, occurrence);
		return { occurrenceId: occurrence.id, eventId: event.id };
	});
}
