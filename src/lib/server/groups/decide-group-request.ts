import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { groupMembers } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireGroupCoordinator } from './group-access.ts';

/**
 * A group coordinator accepts or refuses a request to join. A refused request is removed (the person may ask
 * again later, as in Karrot). Only pending requests of this group are decided: not_found otherwise.
 */
export async function decideGroupRequest(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	accountId: string;
	decision: 'accept' | 'refuse';
}) {
	return db().transaction(async (tx) => {
		const { actor, group } = await requireGroupCoordinator(options, tx);
		if (!isUuid(options.accountId)) throw new AppError('not_found');
		const pending = and(
			eq(groupMembers.groupId, group.id),
			eq(groupMembers.accountId, options.accountId),
			eq(groupMembers.status, 'pending')
		);
		const rows =
			options.decision === 'accept'
				? await tx
						.update(groupMembers)
						.set({ status: 'active', joinedAt: now(), decidedByAccountId: actor.accountId })
						.where(pending)
						.returning({ accountId: groupMembers.accountId })
				: await tx.delete(groupMembers).where(pending).returning({ accountId: groupMembers.accountId });
		if (rows.length === 0) throw new AppError('not_found');
	});
}
