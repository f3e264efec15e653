// Counting and handing out the places of one occurrence. Callers hold the occurrence row's lock (lockOccurrence),
// so the counts cannot change under them; the database checks the capacity again at commit (migration 0011).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import type { Queryable } from '../db/client.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import type { EventRow, OccurrenceRow } from './event-access.ts';
import { notifyEvent, type Registrant } from './notify-event.ts';
import { HOLDS_PLACE } from './registration-statuses.ts';
import { insideReminderWindow, offerDeadline } from './rules.ts';

export type RegistrationResult = {
	registrationId: string;
	status: 'registered' | 'waitlisted';
	/** Place on the waiting list (1 = next), null when registered. */
	position: number | null;
};

/** Places taken (registered, or held for an open offer) and people waiting, for one occurrence. */
export async function countPlaces(q: Queryable, occurrenceId: string) {
	const [row] = await q
		.select({
			taken: sql<number>`count(*) filter (where ${eventRegistrations.status} in ${HOLDS_PLACE})::int`,
			waiting: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waitlisted')::int`
		})
		.from(eventRegistrations)
		.where(eq(eventRegistrations.occurrenceId, occurrenceId));
	return { taken: row?.taken ?? 0, waiting: row?.waiting ?? 0 };
}

/**
 * A new registration of a member or a guest: a place if one is free and nobody is waiting, otherwise the end of
 * the waiting list; they are told which. The caller checked who may register and that the occurrence is open.
 */
export async function placeOrWait(
	tx: Queryable,
	input: { event: EventRow; occurrence: OccurrenceRow; person: Registrant }
): Promise<RegistrationResult> {
	const { event, occurrence, person } = input;
	const at = now();
	const { taken, waiting } = await countPlaces(tx, occurrence.id);
	const status = taken < event.capacity && waiting === 0 ? 'registered' : 'waitlisted';
	const [created] = await tx
		.insert(eventRegistrations)
		.values({
			networkId: event.networkId,
			occurrenceId: occurrence.id,
			accountId: person.accountId,
			guestId: person.guestId,
			status,
			createdAt: at,
			confirmedAt: status === 'registered' ? at : null,
			// Registered within a day of the start: the confirmation is the reminder.
			remindedAt: status === 'registered' && insideReminderWindow(at, occurrence.startsAt) ? at : null
		})
		.returning({ id: eventRegistrations.id, arrival: eventRegistrations.arrival });
	await notifyEvent(tx, {
		networkId: event.networkId,
		to: person,
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
}

/**
 * Offers every free place to the first people on the waiting list, in arrival order; each has until the
 * deadline (24 hours, never past the start) to confirm. Nothing is offered for a cancelled or started occurrence.
 */
export async function offerFreePlaces(tx: Queryable, event: EventRow, occurrence: OccurrenceRow): Promise<number> {
	const at = now();
	if (occurrence.cancelledAt !== null || event.cancelledAt !== null) return 0;
	if (occurrence.startsAt.getTime() <= at.getTime()) return 0;
	const { taken } = await countPlaces(tx, occurrence.id);
	const free = event.capacity - taken;
	if (free <= 0) return 0;
	const next = await tx
		.select({ id: eventRegistrations.id, accountId: eventRegistrations.accountId, guestId: eventRegistrations.guestId })
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.occurrenceId, occurrence.id), eq(eventRegistrations.status, 'waitlisted')))
		.orderBy(asc(eventRegistrations.arrival))
		.limit(free);
	if (next.length === 0) return 0;
	const deadline = offerDeadline(at, occurrence.startsAt);
	await tx
		.update(eventRegistrations)
		.set({ status: 'offered', offeredAt: at, offerExpiresAt: deadline })
		.where(
			inArray(
				eventRegistrations.id,
				next.map((r) => r.id)
			)
		);
	for (const person of next) {
		await notifyEvent(tx, {
			networkId: event.networkId,
			to: person,
			what: 'offered',
			title: event.title,
			eventId: event.id,
			startsAt: occurrence.startsAt,
			until: deadline
		});
	}
	return next.length;
}

/** One's place on the waiting list (1 = next), or null when not waiting. */
export async function waitingPosition(q: Queryable, occurrenceId: string, arrival: number): Promise<number> {
	const [row] = await q
		.select({ ahead: sql<number>`count(*)::int` })
		.from(eventRegistrations)
		.where(
			and(
				eq(eventRegistrations.occurrenceId, occurrenceId),
				eq(eventRegistrations.status, 'waitlisted'),
				sql`${eventRegistrations.arrival} < ${arrival}`
			)
		);
	return (row?.ahead ?? 0) + 1;
}
