// « Annuler mon inscription » (or a coordinator for someone, e.g. who phoned): the place or the spot in line
// is given up, and a freed place is offered at once to the first person waiting.
import { eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockOccurrence } from './event-access.ts';
import { cancelLockedRegistration, lockedRegistration } from './registration-steps.ts';

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
		await cancelLockedRegistration(tx, event, occurrence, await lockedRegistration(tx, found.id));
		return { occurrenceId: occurrence.id, eventId: event.id };
	});
}
