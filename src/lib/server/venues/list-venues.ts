import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { venues } from '../db/schema/index.ts';

/**
 * The network's venues: « notre local » first, then by name. Members of the network see those in use;
 * coordinators may ask for the archived ones too (the management list), no one else.
 */
export async function listVenues(options: { actor: Actor | null; networkId: string; withArchived?: boolean }) {
	if (options.withArchived) requireCoordinator(options.actor, options.networkId);
	else requireMember(options.actor, options.networkId);
	return db()
		.select({
			id: venues.id,
			name: venues.name,
			address: venues.address,
			capacity: venues.capacity,
			partnerName: venues.partnerName,
			isOwnSpace: venues.isOwnSpace,
			archivedAt: venues.archivedAt
		})
		.from(venues)
		.where(and(eq(venues.networkId, options.networkId), options.withArchived ? undefined : isNull(venues.archivedAt)))
		.orderBy(desc(venues.isOwnSpace), asc(venues.nameKey));
}
