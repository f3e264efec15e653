// Worker sweep: offers not confirmed in time end ('expired') and their places go to the next people waiting.
// Each occurrence is taken with FOR UPDATE SKIP LOCKED, so several workers never handle the same one, and a
// registration under way simply makes the sweep come back to it next time.
import { and, eq, lte, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, eventRegistrations, events } from '../db/schema/index.ts';
import { yieldToRequests } from '../jobs/batches.ts';
import { notifyEvent } from './notify-event.ts';
import { offerFreePlaces } from './places.ts';

const BATCH = 100;

/** Returns how many offers expired. */
export async function expireOffers(): Promise<number> {
	const due = await db()
		.selectDistinct({ occurrenceId: eventRegistrations.occurrenceId })
		.from(eventRegistrations)
		.where(and(eq(eventRegistrations.status, 'offered'), lte(eventRegistrations.offerExpiresAt, now())))
		.limit(BATCH);
	let expired = 0;
	for (const { occurrenceId } of due) {
		expired += await expireOffersOf(occurrenceId);
		// Each occurrence is its own short transaction; requests that came meanwhile go first.
		await yieldToRequests();
	}
	return expired;
}

async function expireOffersOf(occurrenceId: string): Promise<number> {
	return db().transaction(async (tx) => {
		const [row] = await tx
			.select({ occurrence: eventOccurrences, event: events })
			.from(eventOccurrences)
			.innerJoin(events, eq(events.id, eventOccurrences.eventId))
			.where(eq(eventOccurrences.id, occurrenceId))
			.for('update', { of: eventOccurrences, skipLocked: true });
		if (!row) return 0;
		const at = now();
		const ended = await tx
			.update(eventRegistrations)
			.set({ status: 'expired', endedAt: at })
			.where(
				and(
					eq(eventRegistrations.occurrenceId, occurrenceId),
					eq(eventRegistrations.status, 'offered'),
					sql`${eventRegistrations.offerExpiresAt} <= ${at.toISOString()}::timestamptz`
				)
			)
			.returning({ accountId: eventRegistrations.accountId, guestId: eventRegistrations.guestId });
		for (const person of ended) {
			await notifyEvent(tx, {
				networkId: row.event.networkId,
				to: person,
				what: 'offer_expired',
				title: row.event.title,
				eventId: row.event.id,
				startsAt: row.occurrence.startsAt
			});
		}
		await offerFreePlaces(tx, row.event, row.occurrence);
		return ended.length;
	});
}
