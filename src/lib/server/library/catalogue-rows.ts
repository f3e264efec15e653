// The catalogue's rows (decision 030), shared by the catalogue page and the search: items in use of the network
// with what holds them now, in one query (each left join meets at most one row: the partial unique indexes on the
// open loan, the open repair and the offer). Items for the coordinators only are left out for plain members.
import { and, asc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { isCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { libraryHolds, libraryLoans, libraryRepairs, spaceResources, venues } from '../db/schema/index.ts';
import { stateOf } from './item-state.ts';

export async function catalogueRows(options: { actor: Actor; networkId: string; where?: SQL; limit?: number }) {
	const query = db()
		.select({
			id: spaceResources.id,
			name: spaceResources.name,
			category: spaceResources.category,
			description: spaceResources.description,
			condition: spaceResources.condition,
			audience: spaceResources.audience,
			venueName: venues.name,
			dueOn: libraryLoans.dueOn,
			repairId: libraryRepairs.id,
			offerId: libraryHolds.id
		})
		.from(spaceResources)
		.innerJoin(venues, eq(venues.id, spaceResources.venueId))
		.leftJoin(libraryLoans, and(eq(libraryLoans.resourceId, spaceResources.id), isNull(libraryLoans.returnedAt)))
		.leftJoin(libraryRepairs, and(eq(libraryRepairs.resourceId, spaceResources.id), isNull(libraryRepairs.endedAt)))
		.leftJoin(libraryHolds, and(eq(libraryHolds.resourceId, spaceResources.id), eq(libraryHolds.status, 'offered')))
		.where(
			and(
				eq(spaceResources.networkId, options.networkId),
				eq(spaceResources.kind, 'item'),
				isNull(spaceResources.archivedAt),
				isNull(venues.archivedAt),
				isCoordinator(options.actor, options.networkId) ? undefined : ne(spaceResources.audience, 'coordinators'),
				options.where
			)
		)
		.orderBy(sql`name_key(${spaceResources.category})`, asc(spaceResources.nameKey));
	const rows = options.limit === undefined ? await query : await query.limit(options.limit);
	return rows.map(({ repairId, offerId, ...row }) => ({
		...row,
		state: stateOf({ inRepair: repairId !== null, dueOn: row.dueOn, kept: offerId !== null })
	}));
}

export type CatalogueRow = Awaited<ReturnType<typeof catalogueRows>>[number];
