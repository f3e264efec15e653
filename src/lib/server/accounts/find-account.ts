import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, memberships, networks } from '../db/schema/index.ts';

export async function findAccountByEmail(email: string) {
	const [row] = await db().select().from(accounts).where(eq(accounts.email, email.toLowerCase())).limit(1);
	return row;
}

export async function findAccountById(id: string) {
	const [row] = await db().select().from(accounts).where(eq(accounts.id, id)).limit(1);
	return row;
}

/**
 * The Actor of an account: the account and all its memberships, except those of suspended networks (nobody
 * may use those, decision 007). Requests get theirs with the session in one query (requestContext in
 * web/current-network.ts).
 */
export async function loadActor(accountId: string): Promise<(Actor & { email: string | null; locale: string }) | null> {
	const account = await findAccountById(accountId);
	if (!account) return null;
	const rows = await db()
		.select({ networkId: memberships.networkId, role: memberships.role, status: memberships.status })
		.from(memberships)
		.innerJoin(networks, eq(networks.id, memberships.networkId))
		.where(and(eq(memberships.accountId, accountId), eq(networks.status, 'active')))
		// Oldest first: the order the current network falls back in (web/current-network.ts).
		.orderBy(asc(memberships.createdAt), asc(memberships.networkId));
	return {
		accountId: account.id,
		name: account.name,
		email: account.email,
		locale: account.locale,
		isInstanceAdmin: account.isInstanceAdmin,
		memberships: rows.map((r) => ({
			networkId: r.networkId,
			role: r.role as Actor['memberships'][number]['role'],
			status: r.status as Actor['memberships'][number]['status']
		}))
	};
}
