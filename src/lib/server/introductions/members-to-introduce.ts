import { and, asc, eq, ne } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';

/** A plain list to choose from only while the network is small enough to scroll through. */
export const MAX_LISTED_MEMBERS = 300;

/**
 * The active members a coordinator may introduce to a post's author, by name; empty when the network has more
 * than MAX_LISTED_MEMBERS (then the matches are the choice). Reads at most one row more than the list shows.
 */
export async function membersToIntroduce(options: { actor: Actor | null; networkId: string; authorAccountId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const rows = await db()
		.select({ accountId: accounts.id, name: accounts.name })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(
			and(
				eq(memberships.networkId, options.networkId),
				eq(memberships.status, 'active'),
				ne(memberships.accountId, options.authorAccountId)
			)
		)
		.orderBy(asc(accounts.name), asc(accounts.id))
		.limit(MAX_LISTED_MEMBERS + 1);
	return rows.length > MAX_LISTED_MEMBERS ? [] : rows;
}
