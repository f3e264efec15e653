import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { partners, venues } from '../db/schema/index.ts';

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
			// The directory's partner when the venue is linked to one (decision 035).
			partnerId: venues.partnerId,
			linkedPartner: partners.name,
			isOwnSpace: venues.isOwnSpace,
			archivedAt: venues.archivedAt
		})
		.from(venues)
		.leftJoin(partners, and(eq(partners.networkId, venues.networkId), eq(partners.id, venues.partnerId)))
		.where(and(eq(venues.networkId, options.networkId), options.withArchived ? undefined : isNull(venues.archivedAt)))
		.orderBy(desc(venues.isOwnSpace), asc(venues.nameKey));
}
