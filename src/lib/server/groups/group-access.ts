// Who may do what in a group (decision 021). A group coordinator is a member of the group with the role
// 'coordinator'; the network's coordinators act as coordinators of every group without joining it.
import { and, eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db, type Queryable } from '../db/client.ts';
import { groupMembers } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findGroup, type Group } from './find-group.ts';

export type GroupMember = typeof groupMembers.$inferSelect;

/** The person's row in the group (a request or a membership), if any. */
export async function groupMemberOf(groupId: string, accountId: string, q: Queryable = db()) {
	const [row] = await q
		.select()
		.from(groupMembers)
		.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.accountId, accountId)));
	return row as GroupMember | undefined;
}

/** An active member of the network, and the group of that network (not_found otherwise). */
export async function requireGroup(
	options: { actor: Actor | null; networkId: string; groupId: string },
	q: Queryable = db()
): Promise<{ actor: Actor; group: Group }> {
	const actor = requireMember(options.actor, options.networkId);
	const group = await findGroup(options, q);
	if (!group) throw new AppError('not_found');
	return { actor, group };
}

/** Whether the person coordinates the group: a network coordinator, or a group member with that role. */
export function coordinatesGroup(actor: Actor, networkId: string, row: GroupMember | undefined): boolean {
	return isCoordinator(actor, networkId) || (row?.status === 'active' && row.role === 'coordinator');
}

/** A group coordinator (or a network coordinator) of this group of the network. */
export async function requireGroupCoordinator(
	options: { actor: Actor | null; networkId: string; groupId: string },
	q: Queryable = db()
) {
	const { actor, group } = await requireGroup(options, q);
	const row = await groupMemberOf(group.id, actor.accountId, q);
	if (!coordinatesGroup(actor, options.networkId, row)) throw new AppError('forbidden');
	return { actor, group, row };
}

/** A member of the group (or a network coordinator): who reads and writes in its discussion thread. */
export async function requireGroupMember(
	options: { actor: Actor | null; networkId: string; groupId: string },
	q: Queryable = db()
) {
	const { actor, group } = await requireGroup(options, q);
	const row = await groupMemberOf(group.id, actor.accountId, q);
	if (row?.status !== 'active' && !isCoordinator(actor, options.networkId)) {
		throw new AppError('group_members_only');
	}
	return { actor, group, row };
}
