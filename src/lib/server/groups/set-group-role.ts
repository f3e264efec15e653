import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { groupMembers } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireGroupCoordinator } from './group-access.ts';

/**
 * A group coordinator (or a network coordinator) makes a member of the group a group coordinator, or a plain
 * member again. Only active members of this group: not_found otherwise (the database refuses a coordinating
 * request too, group_members_coordinator_active).
 */
export async function setGroupRole(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	accountId: string;
	role: 'member' | 'coordinator';
}) {
	return db().transaction(async (tx) => {
		const { group } = await requireGroupCoordinator(options, tx);
		if (!isUuid(options.accountId)) throw new AppError('not_found');
		const rows = await tx
			.update(groupMembers)
			.set({ role: options.role })
			.where(
				and(
					eq(groupMembers.groupId, group.id),
					eq(groupMembers.accountId, options.accountId),
					eq(groupMembers.status, 'active')
				)
			)
			.returning({ accountId: groupMembers.accountId });
		if (rows.length === 0) throw new AppError('not_found');
	});
}
