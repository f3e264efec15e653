import { and, asc, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';

/** Members and pending requests of a network, for its coordinators. */
export async function listMembersForCoordinator({ actor, networkId }: { actor: Actor | null; networkId: string }) {
	requireCoordinator(actor, networkId);
	const rows = await db()
		.select({
			accountId: accounts.id,
			name: accounts.name,
			email: accounts.email,
			hasLoginCode: accounts.loginCodeHash,
			role: memberships.role,
			status: memberships.status,
			since: memberships.createdAt
		})
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(and(eq(memberships.networkId, networkId)))
		.orderBy(asc(accounts.name));
	const members = rows.map(({ hasLoginCode, ...r }) => ({ ...r, withoutEmail: !r.email && Boolean(hasLoginCode) }));
	return {
		pending: members.filter((r) => r.status === 'pending'),
		active: members.filter((r) => r.status === 'active')
	};
}
