// Counting and handing out the places of one occurrence. Callers hold the occurrence row's lock (lockOccurrence),
// so the counts cannot change under them; the database checks the capacity again at commit (migration 0011).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import type { Queryable } from '../db/client.ts';
import { eventRegistrations } from '../db/schema/index.ts';
import type { EventRow, OccurrenceRow } from './event-access.ts';
import { notifyEvent } from './notify-event.ts';
import { offerDeadline } from './rules.ts';

/** Places taken (registered, or held for an open offer) and people waiting, for one occurrence. */
export async function countPlaces(q: Queryable, occurrenceId: string) {
	const [row] = await q
		.select({
			taken: sql<number>`count(*) filter (where ${eventRegistrations.status} in ('registered', 'offered'))::int`,
			waiting: sql<number>`count(*) filter (where ${eventRegistrations.status} = 'waitlisted')::int`
		})
		.from(eventRegistrations)
		.where(eq(eventRegistrations.occurrenceId, occurrenceId));
	return { taken: row?.taken ?? 0, waiting: row?.waiting ?? 0 };
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
		.select({ id: eventRegistrations.id, accountId: eventRegistrations.accountId })
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.occurrenceId, occurrence.id), eq(eventRegistrations.status, 'waitlisted')))
		.orderBy(asc(eventRegistrations.arrival))
		.limit(free);
	if (next.length === 0) return 0;
	await tx
		.update(eventRegistrations)
		.set({ status: 'offered', offeredAt: at, offerExpiresAt: offerDeadline(at, occurrence.startsAt) })
		.where(
			inArray(
				eventRegistrations.id,
				next.map((r) => r.id)
			)
		);
	for (const person of next) {
		await notifyEvent(tx, {
			networkId: event.networkId,
			accountId: person.accountId,
			what: 'offered',
			title: event.title,
			eventId: event.id,
			startsAt: occurrence.startsAt
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
