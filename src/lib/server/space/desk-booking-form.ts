import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, memberships, spaceResources, venues } from '../db/schema/index.ts';
import { BOOKABLE_KINDS } from '../../space-options.ts';

/**
 * What the front desk's « réserver pour un membre » form offers: the network's active members (those without
 * email marked, they are the usual reason) and the rooms and stations in use.
 */
export async function deskBookingForm(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const members = await db()
		.select({ id: accounts.id, name: accounts.name, email: accounts.email })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(and(eq(memberships.networkId, options.networkId), eq(memberships.status, 'active')))
		.orderBy(asc(accounts.name));
	const resources = await db()
		.select({ id: spaceResources.id, name: spaceResources.name, venueName: venues.name })
		.from(spaceResources)
		.innerJoin(venues, eq(venues.id, spaceResources.venueId))
		.where(
			and(
				eq(spaceResources.networkId, options.networkId),
				isNull(spaceResources.archivedAt),
				inArray(spaceResources.kind, [...BOOKABLE_KINDS])
			)
		)
		.orderBy(asc(venues.nameKey), asc(spaceResources.nameKey));
	return {
		members: members.map((m) => ({ id: m.id, name: m.name, hasEmail: m.email !== null })),
		resources
	};
}
