// The one way to look a venue up by id inside a network. Other domains (events) call it to check that a venue
// given in a form belongs to the current network; the database checks it again with a composite foreign key
// to venues(network_id, id). Archived venues are found too (old events keep them): check `archivedAt` before
// putting a new event there.
import { and, eq } from 'drizzle-orm';
import { db, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { venues } from '../db/schema/index.ts';

export type Venue = typeof venues.$inferSelect;

/**
 * The venue of this network with this id, or undefined (unknown id, not a uuid, or another network's venue).
 * The row includes `doorCode`: show it to active members of the network only, never on a public page or in a
 * calendar feed (decision 021).
 */
export async function findVenue(options: { networkId: string; venueId: string }, q: Queryable = db()) {
	if (!isUuid(options.venueId) || !isUuid(options.networkId)) return undefined;
	const [venue] = await q
		.select()
		.from(venues)
		.where(and(eq(venues.networkId, options.networkId), eq(venues.id, options.venueId)));
	return venue as Venue | undefined;
}

/** What a page or feed open to people outside the network may show of a venue: everything but the door code. */
export function publicVenue(venue: Venue) {
	const { name, address, accessNotes, capacity, partnerName, partnerId, isOwnSpace } = venue;
	return { id: venue.id, name, address, accessNotes, capacity, partnerName, partnerId, isOwnSpace };
}
