import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';

export async function findAccountByEmail(email: string) {
	const [row] = await db().select().from(accounts).where(eq(accounts.email, email.toLowerCase())).limit(1);
	return row;
}

export async function findAccountById(id: string) {
	const [row] = await db().select().from(accounts).where(eq(accounts.id, id)).limit(1);
	return row;
}

/** Builds the Actor of a request: the account and all its memberships, in one round trip each. */
export async function loadActor(accountId: string): Promise<(Actor & { email: string | null; locale: string }) | null> {
	const account = await findAccountById(accountId);
	if (!account) return null;
	const rows = await db()
		.select({ networkId: memberships.networkId, role: memberships.role, status: memberships.status })
		.from(memberships)
		.where(eq(memberships.accountId, accountId));
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
