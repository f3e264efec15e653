import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { memberships } from '../db/schema/index.ts';

/** Which of these accounts are active members of the network (ids must be UUIDs). */
export async function activeMemberIds(q: Queryable, networkId: string, accountIds: string[]): Promise<Set<string>> {
	if (accountIds.length === 0) return new Set();
	const rows = await q
		.select({ accountId: memberships.accountId })
		.from(memberships)
		.where(
			and(
				eq(memberships.networkId, networkId),
				eq(memberships.status, 'active'),
				inArray(memberships.accountId, accountIds)
			)
		);
	return new Set(rows.map((r) => r.accountId));
}
