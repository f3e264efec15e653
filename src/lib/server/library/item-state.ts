// What holds an item right now (decision 030): its open loan, its open repair, the hold it is kept for. Read
// under the item's lock by the use cases that change them.
import { and, asc, count, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { libraryHolds, libraryLoans, libraryRepairs } from '../db/schema/index.ts';
import { LIVE_HOLD_STATUSES, type ItemState } from '../../library-options.ts';

export async function itemNow(q: Queryable, resourceId: string) {
	const [[loan], [repair], [offer]] = await Promise.all([
		q
			.select()
			.from(libraryLoans)
			.where(and(eq(libraryLoans.resourceId, resourceId), isNull(libraryLoans.returnedAt))),
		q
			.select()
			.from(libraryRepairs)
			.where(and(eq(libraryRepairs.resourceId, resourceId), isNull(libraryRepairs.endedAt))),
		q
			.select()
			.from(libraryHolds)
			.where(and(eq(libraryHolds.resourceId, resourceId), eq(libraryHolds.status, 'offered')))
	]);
	return { loan, repair, offer };
}

/** What the catalogue says: under repair first (nobody can take it), then lent, then kept for someone. */
export function stateOf(now: { inRepair: boolean; dueOn: string | null; kept: boolean }): ItemState {
	if (now.inRepair) return 'repair';
	if (now.dueOn !== null) return 'lent';
	if (now.kept) return 'kept';
	return 'available';
}

/** The first waiting hold of the item (by arrival), if any. */
export async function firstWaiting(q: Queryable, resourceId: string) {
	const [hold] = await q
		.select()
		.from(libraryHolds)
		.where(and(eq(libraryHolds.resourceId, resourceId), eq(libraryHolds.status, 'waiting')))
		.orderBy(asc(libraryHolds.arrival))
		.limit(1);
	return hold;
}

/** How many live holds (waiting or offered) the item has; with `before`, only those that came before this arrival. */
export async function liveHoldCount(q: Queryable, resourceId: string, before?: number) {
	const [row] = await q
		.select({ n: count() })
		.from(libraryHolds)
		.where(
			and(
				eq(libraryHolds.resourceId, resourceId),
				inArray(libraryHolds.status, [...LIVE_HOLD_STATUSES]),
				before === undefined ? undefined : lt(libraryHolds.arrival, before)
			)
		);
	return row.n;
}

/** A waiting hold's place in line: 1 when nobody is before it (an offered hold counts as before it). */
export const queuePosition = async (q: Queryable, hold: { resourceId: string; arrival: number }) =>
	(await liveHoldCount(q, hold.resourceId, hold.arrival)) + 1;
