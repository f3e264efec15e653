// What the « Demander une garde » form offers: the network's venues in use and, to coordinators, the active
// members without email they may ask for (decision 032).
import { and, asc, eq, isNull } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';
import { listVenues } from '../venues/list-venues.ts';

export async function careFormChoices(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const venues = (await listVenues(options)).map((v) => ({ id: v.id, name: v.name }));
	const withoutEmail = isCoordinator(actor, options.networkId)
		? await db()
				.select({ accountId: accounts.id, name: accounts.name })
				.from(memberships)
				.innerJoin(accounts, eq(accounts.id, memberships.accountId))
				.where(
					and(eq(memberships.networkId, options.networkId), eq(memberships.status, 'active'), isNull(accounts.email))
				)
				.orderBy(asc(accounts.name))
				.limit(500)
		: null;
	return { venues, withoutEmail };
}
