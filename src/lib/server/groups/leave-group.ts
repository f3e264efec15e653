import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { groupMembers } from '../db/schema/index.ts';
import { requireGroup } from './group-access.ts';

/**
 * A member leaves a group, or withdraws their request to join. Their past messages stay in the thread. A group
 * may be left without group coordinator: the network's coordinators still run it. Leaving twice changes nothing.
 */
export async function leaveGroup(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const { actor, group } = await requireGroup(options);
	await db()
		.delete(groupMembers)
		.where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.accountId, actor.accountId)));
}
