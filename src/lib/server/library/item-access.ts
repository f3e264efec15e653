// How the tool library's use cases find an item (a space resource of kind 'item', decision 030) and take its
// lock: every change of an item's loans, holds and repairs runs under its row lock, one after the other.
import { and, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { spaceResources } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export type Item = typeof spaceResources.$inferSelect;

/**
 * The item of this network, in use, locked until the transaction ends. Another network's, an archived one, or a
 * room or station (booked, not lent) is « unknown » with one sentence next to the field.
 */
export async function lockItem(tx: Tx, networkId: string, resourceId: string): Promise<Item> {
	const item = await findItem(tx, networkId, resourceId, true);
	if (!item) throw new AppError('library_item_unknown', 'resourceId');
	return item;
}

/** The item in use of this network, or undefined. */
export async function findItem(q: Queryable, networkId: string, resourceId: string, lock = false) {
	if (!isUuid(resourceId) || !isUuid(networkId)) return undefined;
	const query = q
		.select()
		.from(spaceResources)
		.where(and(eq(spaceResources.networkId, networkId), eq(spaceResources.id, resourceId)));
	const [item] = lock ? await query.for('update') : await query;
	if (!item || item.archivedAt || item.kind !== 'item') return undefined;
	return item;
}
