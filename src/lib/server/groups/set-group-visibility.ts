import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { groupMembers } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireGroup } from './group-access.ts';

/**
 * A member of a group hides themselves from its member list, or shows themselves again. Group coordinators
 * still see them (they need to know who gets the announcements). Only one's own row: there is no account id.
 */
export async function setGroupVisibility(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	hidden: boolean;
}) {
	const { actor, group } = await requireGroup(options);
	const rows = await db()
		.update(groupMembers)
		.set({ hidden: options.hidden })
		.where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.accountId, actor.accountId)))
		.returning({ accountId: groupMembers.accountId });
	if (rows.length === 0) throw new AppError('group_members_only');
}
