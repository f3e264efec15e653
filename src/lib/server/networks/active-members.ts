import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
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

/**
 * SQL condition: the row aliased `alias` (a fixed name from the code, with `network_id` and `account_id`, e.g. a
 * member skill) belongs to an active member. Such rows have a membership (foreign key), so « active » is « not
 * among the few others »: the planner hashes the network's pending and refused memberships once
 * (`memberships_not_active_idx`) instead of looking up a membership for each of the thousands of member skills
 * a common skill has.
 */
export function ofActiveMember(alias: string): SQL {
	const row = sql.raw(alias);
	return sql`not exists (select from memberships inactive where inactive.network_id = ${row}.network_id
		and inactive.account_id = ${row}.account_id and inactive.status <> 'active')`;
}
