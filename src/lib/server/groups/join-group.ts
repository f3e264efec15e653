import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { groupMembers } from '../db/schema/index.ts';
import { groupMemberOf, requireGroup } from './group-access.ts';

/**
 * A member joins a group: at once when it is open, or as a request a group coordinator accepts or refuses.
 * Joining twice changes nothing. Returns the person's status in the group ('active' or 'pending').
 */
export async function joinGroup(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const { actor, group } = await requireGroup(options);
	const at = now();
	const open = group.joinPolicy === 'open';
	await db()
		.insert(groupMembers)
		.values({
			groupId: group.id,
			networkId: group.networkId,
			accountId: actor.accountId,
			status: open ? 'active' : 'pending',
			requestedAt: at,
			joinedAt: open ? at : null
		})
		.onConflictDoNothing();
	const row = await groupMemberOf(group.id, actor.accountId);
	return row!.status as 'active' | 'pending';
}
