// Who may do what with a group's défis, tasks and décisions (decision 038). Every member of the network reads
// them (like the group page); the group's active members and its coordinators write them, because a défi is
// the whole group's commitment and groups have no setting restricting who speaks (the thread is open to all
// members too). Tasks are taken by active members of the group only.
import { and, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { challenges } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { coordinatesGroup, groupMemberOf, requireGroup } from '../groups/group-access.ts';
import type { Group } from '../groups/find-group.ts';

export type Challenge = typeof challenges.$inferSelect;

export type GroupPlace = {
	actor: Actor;
	group: Group;
	/** An active member of the group. */
	isMember: boolean;
	/** A group coordinator or a network coordinator. */
	canManage: boolean;
	/** May write décisions, défis and tasks. */
	canWrite: boolean;
};

/** The reader's place in the group: a member of the network, and the group of that network (not_found). */
export async function groupPlace(
	options: { actor: Actor | null; networkId: string; groupId: string },
	q: Queryable = db()
): Promise<GroupPlace> {
	const { actor, group } = await requireGroup(options, q);
	const row = await groupMemberOf(group.id, actor.accountId, q);
	const isMember = row?.status === 'active';
	const canManage = coordinatesGroup(actor, options.networkId, row);
	return { actor, group, isMember, canManage, canWrite: isMember || canManage };
}

/** Refuses a writer who is neither an active member of the group nor one of its coordinators. */
export function requireWriter(place: GroupPlace): void {
	if (!place.canWrite) throw new AppError('group_members_only');
}

/** The défi of this network (not_found for a malformed id, an unknown one or another network's) and the group place. */
export async function requireChallenge(
	options: { actor: Actor | null; networkId: string; challengeId: string },
	q: Queryable = db()
): Promise<GroupPlace & { challenge: Challenge }> {
	requireMember(options.actor, options.networkId);
	if (!isUuid(options.challengeId)) throw new AppError('not_found');
	const [challenge] = await q
		.select()
		.from(challenges)
		.where(and(eq(challenges.networkId, options.networkId), eq(challenges.id, options.challengeId)));
	if (!challenge) throw new AppError('not_found');
	const place = await groupPlace({ ...options, groupId: challenge.groupId }, q);
	return { ...place, challenge };
}
