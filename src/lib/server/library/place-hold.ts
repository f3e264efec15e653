import { and, eq, inArray } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { libraryHolds } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { mayBook } from '../space/resource-access.ts';
import { LIVE_HOLD_STATUSES } from '../../library-options.ts';
import { lockItem } from './item-access.ts';
import { itemNow, queuePosition } from './item-state.ts';
import { offerNext } from './queue.ts';

/**
 * « Réserver cet objet »: the member joins the item's queue. A free item is offered at once (kept for them a few
 * days); otherwise they wait their turn. One live hold per member and item (a unique index says so too).
 * Returns the hold, whether it is offered, and its place in line.
 */
export async function placeHold(options: { actor: Actor | null; networkId: string; resourceId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	return db()
		.transaction(async (tx) => {
			const item = await lockItem(tx, options.networkId, options.resourceId);
			if (!(await mayBook(tx, actor, options.networkId, item))) throw new AppError('space_not_allowed');
			const { loan } = await itemNow(tx, item.id);
			if (loan?.accountId === actor.accountId) throw new AppError('library_already_borrowing');
			const [existing] = await tx
				.select({ id: libraryHolds.id })
				.from(libraryHolds)
				.where(
					and(
						eq(libraryHolds.resourceId, item.id),
						eq(libraryHolds.accountId, actor.accountId),
						inArray(libraryHolds.status, [...LIVE_HOLD_STATUSES])
					)
				);
			if (existing) throw new AppError('library_hold_exists');
			const [hold] = await tx
				.insert(libraryHolds)
				.values({ networkId: options.networkId, resourceId: item.id, accountId: actor.accountId, createdAt: now() })
				.returning();
			const offered = (await offerNext(tx, item)) === hold.id;
			return { holdId: hold.id, offered, position: offered ? null : await queuePosition(tx, hold) };
		})
		.catch((error: unknown) => {
			if (isUniqueViolation(error)) throw new AppError('library_hold_exists');
			throw error;
		});
}
