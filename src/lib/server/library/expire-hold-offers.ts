// Worker sweep (decision 030): an item kept for someone who did not come by the end of the offer passes to the
// next person in line. Each item is its own short transaction under its row lock, taken with SKIP LOCKED: an
// item the desk is lending right now is simply looked at again on the next sweep.
import { and, eq, lte, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { libraryHolds, spaceResources } from '../db/schema/index.ts';
import { SWEEP_BATCH, yieldToRequests } from '../jobs/batches.ts';
import { notifyLibrary } from './notify-library.ts';
import { offerNext } from './queue.ts';

/** Returns how many offers expired. */
export async function expireHoldOffers(): Promise<number> {
	let expired = 0;
	for (;;) {
		const due = await db()
			.select({ resourceId: libraryHolds.resourceId })
			.from(libraryHolds)
			.where(and(eq(libraryHolds.status, 'offered'), lte(libraryHolds.offerExpiresAt, now())))
			.limit(SWEEP_BATCH);
		let done = 0;
		for (const { resourceId } of due) {
			const n = await expireOfferOf(resourceId);
			if (n !== null) done += 1;
			expired += n ?? 0;
			await yieldToRequests();
		}
		// Items another process holds are left for the next sweep, so the loop cannot spin on them.
		if (due.length < SWEEP_BATCH || done === 0) return expired;
	}
}

/** null when the item is locked by someone else (skipped). */
async function expireOfferOf(resourceId: string): Promise<number | null> {
	return db().transaction(async (tx) => {
		const [item] = await tx
			.select()
			.from(spaceResources)
			.where(eq(spaceResources.id, resourceId))
			.for('update', { skipLocked: true });
		if (!item) return null;
		const at = now();
		const ended = await tx
			.update(libraryHolds)
			.set({ status: 'expired', endedAt: at, offerExpiresAt: null })
			.where(
				and(
					eq(libraryHolds.resourceId, resourceId),
					eq(libraryHolds.status, 'offered'),
					sql`${libraryHolds.offerExpiresAt} <= ${at.toISOString()}::timestamptz`
				)
			)
			.returning({ accountId: libraryHolds.accountId });
		for (const hold of ended) {
			await notifyLibrary(tx, { networkId: item.networkId, accountId: hold.accountId, what: 'hold_expired', item });
		}
		await offerNext(tx, item);
		return ended.length;
	});
}
