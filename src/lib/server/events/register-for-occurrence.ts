// « S'inscrire »: a place if one is free and nobody is waiting, otherwise the end of the waiting list. The
// occurrence row is locked first, so 50 people at once for the last place queue on that lock: the first gets
// it, the others wait in line in the order they got the lock (decision 022).
import { and, eq, inArray } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { hasSqlState, isUniqueViolation } from '../db/errors.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockOccurrence, requireMayRegister, requireOpen } from './event-access.ts';
import { notifyEvent } from './notify-event.ts';
import { countPlaces, waitingPosition } from './places.ts';
import { insideReminderWindow } from './rules.ts';

export type RegistrationResult = {
	registrationId: string;
	status: 'registered' | 'waitlisted';
	/** Place on the waiting list (1 = next), null when registered. */
	position: number | null;
};

export async function registerForOccurrence(options: {
	actor: Actor | null;
	networkId: string;
	occurrenceId: string;
	/** The secret of a « with the link » event, from the URL. */
	token?: string;
}): Promise<RegistrationResult> {
	const actor = requireMember(options.actor, options.networkId);
	try {
		return await db().transaction(async (tx) => {
			const { occurrence, event } = await lockOccurrence(tx, options.networkId, options.occurrenceId);
			await requireMayRegister(tx, actor, event, options.token);
			const at = now();
			requireOpen(occurrence, event, at);
			const live = await tx
				.select({ id: eventRegistrations.id })
				.from(eventRegistrations)
				.where(
					and(
						eq(eventRegistrations.occurrenceId, occurrence.id),
						eq(eventRegistrations.accountId, actor.accountId),
						inArray(eventRegistrations.status, ['registered', 'waitlisted', 'offered'])
					)
				);
			if (live.length > 0) throw new AppError('event_already_registered');
			const { taken, waiting } = await countPlaces(tx, occurrence.id);
			const status = taken < event.capacity && waiting === 0 ? 'registered' : 'waitlisted';
			const [created] = await tx
				.insert(eventRegistrations)
				.values({
					networkId: options.networkId,
					occurrenceId: occurrence.id,
					accountId: actor.accountId,
					status,
					createdAt: at,
					confirmedAt: status === 'registered' ? at : null,
					// Registered within a day of the start: the confirmation is the reminder.
					remindedAt: status === 'registered' && insideReminderWindow(at, occurrence.startsAt) ? at : null
				})
				.returning({ id: eventRegistrations.id, arrival: eventRegistrations.arrival });
			await notifyEvent(tx, {
				networkId: options.networkId,
				accountId: actor.accountId,
				what: status,
				title: event.title,
				eventId: event.id,
				startsAt: occurrence.startsAt
			});
			return {
				registrationId: created.id,
				status,
				position: status === 'waitlisted' ? await waitingPosition(tx, occurrence.id, created.arrival) : null
			};
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('event_already_registered');
		if (hasSqlState(error, 'EV001')) throw new AppError('event_full');
		throw error;
	}
}
