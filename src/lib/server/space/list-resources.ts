import { asc, desc, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { spaceResources, venues } from '../db/schema/index.ts';

/** The coordinators' list of every resource of the network, archived ones too, by venue. */
export async function listResources(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db()
		.select({
			id: spaceResources.id,
			name: spaceResources.name,
			kind: spaceResources.kind,
			audience: spaceResources.audience,
			archivedAt: spaceResources.archivedAt,
			venueId: venues.id,
			venueName: venues.name
		})
		.from(spaceResources)
		.innerJoin(venues, eq(venues.id, spaceResources.venueId))
		.where(eq(spaceResources.networkId, options.networkId))
		.orderBy(desc(venues.isOwnSpace), asc(venues.nameKey), asc(spaceResources.kind), asc(spaceResources.nameKey));
}
