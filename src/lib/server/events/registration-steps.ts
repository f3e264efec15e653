// The steps of a registration once the occurrence is locked, the same for a member and a guest (decision 024):
// giving up one's place or spot in line, and taking a place one was offered. Callers check who may do it.
import { eq } from 'drizzle-orm';
import { LIVE_REGISTRATION_STATUSES } from '../../event-options.ts';
import { now } from '../clock.ts';
import type { Queryable } from '../db/client.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireOpen, type EventRow, type OccurrenceRow } from './event-access.ts';
import { notifyEvent } from './notify-event.ts';
import { offerFreePlaces } from './places.ts';
import { insideReminderWindow } from './rules.ts';

export type RegistrationRow = typeof eventRegistrations.$inferSelect;

/** Reads the registration again under the occurrence's lock (its status may have changed while waiting). */
export async function lockedRegistration(tx: Queryable, registrationId: string): Promise<RegistrationRow> {
	const [registration] = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.id, registrationId));
	if (!registration) throw new AppError('not_found');
	return registration;
}

/** Ends a live registration before the start; a freed place is offered at once to the first person waiting. */
export async function cancelLockedRegistration(
	tx: Queryable,
	event: EventRow,
	occurrence: OccurrenceRow,
	registration: RegistrationRow
) {
	if (!LIVE_REGISTRATION_STATUSES.includes(registration.status)) throw new AppError('transition_refused');
	if (occurrence.startsAt.getTime() <= now().getTime()) throw new AppError('event_past');
	await tx
		.update(eventRegistrations)
		.set({ status: 'cancelled', endedAt: now() })
		.where(eq(eventRegistrations.id, registration.id));
	await offerFreePlaces(tx, event, occurrence);
}

/** Takes the place held for this registration, before the offer's deadline. */
export async function confirmLockedOffer(
	tx: Queryable,
	event: EventRow,
	occurrence: OccurrenceRow,
	registration: RegistrationRow
) {
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
		networkId: event.networkId,
		to: registration,
		what: 'registered',
		title: event.title,
		eventId: event.id,
		startsAt: occurrence.startsAt
	});
}
