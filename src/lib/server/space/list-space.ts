import { and, asc, desc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { spaceResources, venues } from '../db/schema/index.ts';
import { BOOKABLE_KINDS, type BookableKind } from '../../space-options.ts';

/**
 * `/espace`: the rooms and computer stations members can book, by venue (« notre local » first). Resources for
 * the coordinators only are left out for plain members, group ones are listed (the grid says who may book).
 * `kind` keeps one kind only (`/espace?type=station`, the job circle's way to a computer).
 */
export async function listSpace(options: { actor: Actor | null; networkId: string; kind?: BookableKind | null }) {
	requireMember(options.actor, options.networkId);
	const rows = await db()
		.select({
			id: spaceResources.id,
			name: spaceResources.name,
			kind: spaceResources.kind,
			description: spaceResources.description,
			audience: spaceResources.audience,
			venueId: venues.id,
			venueName: venues.name
		})
		.from(spaceResources)
		.innerJoin(venues, eq(venues.id, spaceResources.venueId))
		.where(
			and(
				eq(spaceResources.networkId, options.networkId),
				isNull(spaceResources.archivedAt),
				isNull(venues.archivedAt),
				options.kind ? eq(spaceResources.kind, options.kind) : inArray(spaceResources.kind, [...BOOKABLE_KINDS]),
				isCoordinator(options.actor, options.networkId) ? undefined : ne(spaceResources.audience, 'coordinators')
			)
		)
		.orderBy(desc(venues.isOwnSpace), asc(venues.nameKey), asc(spaceResources.kind), asc(spaceResources.nameKey));
	const byVenue = new Map<string, { id: string; name: string; resources: typeof rows }>();
	for (const row of rows) {
		const venue = byVenue.get(row.venueId) ?? { id: row.venueId, name: row.venueName, resources: [] };
		venue.resources.push(row);
		byVenue.set(row.venueId, venue);
	}
	return [...byVenue.values()];
}
