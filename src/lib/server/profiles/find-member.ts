import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isUuid } from '../db/ids.ts';

/** An active member of this network; anyone else (another network's, pending, refused) is not found here. */
export async function activeMemberOf(q: Queryable, networkId: string, accountId: string) {
	// An id from an address bar that is not even a UUID names nobody (and must not reach PostgreSQL as one).
	if (!isUuid(accountId)) throw new AppError('not_found');
	const [member] = await q
		.select({ accountId: accounts.id, name: accounts.name, email: accounts.email, role: memberships.role })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(
			and(eq(memberships.networkId, networkId), eq(memberships.accountId, accountId), eq(memberships.status, 'active'))
		);
	if (!member) throw new AppError('not_found');
	return { ...member, hasEmail: member.email !== null };
}
