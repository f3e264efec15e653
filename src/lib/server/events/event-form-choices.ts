// What the event form offers a coordinator: the network's groups, its venues in use, the rooms of its own venues
// (decision 029), and its active members (who may lead), at most a few hundred of them by name.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, groups, memberships, spaceResources, venues } from '../db/schema/index.ts';

export const FACILITATOR_CHOICES = 300;

export async function eventFormChoices(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const q = db();
	const [groupRows, venueRows, people, rooms] = await Promise.all([
		q
			.select({ id: groups.id, name: groups.name })
			.from(groups)
			.where(eq(groups.networkId, options.networkId))
			.orderBy(asc(groups.nameKey)),
		q
			.select({ id: venues.id, name: venues.name })
			.from(venues)
			.where(and(eq(venues.networkId, options.networkId), isNull(venues.archivedAt)))
			.orderBy(asc(venues.nameKey)),
		q
			.select({ id: accounts.id, name: accounts.name })
			.from(memberships)
			.innerJoin(accounts, eq(accounts.id, memberships.accountId))
			.where(and(eq(memberships.networkId, options.networkId), eq(memberships.status, 'active')))
			.orderBy(asc(accounts.name))
			.limit(FACILITATOR_CHOICES),
		q
			.select({ id: spaceResources.id, name: spaceResources.name, venueName: venues.name })
			.from(spaceResources)
			.innerJoin(venues, eq(venues.id, spaceResources.venueId))
			.where(
				and(
					eq(spaceResources.networkId, options.networkId),
					eq(spaceResources.kind, 'room'),
					isNull(spaceResources.archivedAt),
					eq(venues.isOwnSpace, true),
					isNull(venues.archivedAt)
				)
			)
			.orderBy(asc(venues.nameKey), asc(spaceResources.nameKey))
	]);
	return { groups: groupRows, venues: venueRows, people, rooms };
}
