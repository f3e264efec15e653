// The one way to look a group up by id inside a network. Other domains (events) call it to check that a group
// given in a form belongs to the current network; the database checks it again with a composite foreign key
// to groups(network_id, id).
import { and, eq } from 'drizzle-orm';
import { db, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { groups } from '../db/schema/index.ts';

export type Group = typeof groups.$inferSelect;

/** The group of this network with this id, or undefined (unknown id, not a uuid, or another network's group). */
export async function findGroup(options: { networkId: string; groupId: string }, q: Queryable = db()) {
	if (!isUuid(options.groupId) || !isUuid(options.networkId)) return undefined;
	const [group] = await q
		.select()
		.from(groups)
		.where(and(eq(groups.networkId, options.networkId), eq(groups.id, options.groupId)));
	return group as Group | undefined;
}
