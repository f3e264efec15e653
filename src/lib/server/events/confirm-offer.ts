// « Confirmer ma place »: the person offered a freed place takes it before the offer's deadline.
import { eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockOccurrence, requireOpen } from './event-access.ts';
import { notifyEvent } from './notify-event.ts';
import { insideReminderWindow } from './rules.ts';

export async function confirmOffer(options: { actor: Actor | null; networkId: string; registrationId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.registrationId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		const [found] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, options.registrationId));
		if (!found || found.networkId !== options.networkId) throw new AppError('not_found');
		if (found.accountId !== actor.accountId) throw new AppError('forbidden');
		const { occurrence, event } = await lockOccurrence(tx, options.networkId, found.occurrenceId);
		const [registration] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, found.id));
		const at = now();
		requireOpen(occurrence, event, at);
		if (registration.status !== 'offered' || registration.offerExpiresAt!.getTime() <= at.getTime()) {
			throw new AppError('event_no_offer');
		}
		await tx
			.update(eventRegistrations)
			.set({
				status: 'registered',
				confirmedAt: at,
				remindedAt: insideReminderWindow(at, occurrence.startsAt) ? at : null
			})
			.where(eq(eventRegistrations.id, registration.id));
		await notifyEvent(tx, {
			networkId: options.networkId,
			accountId: actor.accountId,
			what: 'registered',
			title: event.title,
			eventId: event.id,
			startsAt: occurrence.startsAt
		});
		return { occurrenceId: occurrence.id, eventId: event.id };
	});
}
