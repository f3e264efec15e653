import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { venues } from '../db/schema/index.ts';
import { checkVenuePartner, venueColumns, venueNameTaken, type VenueContent } from './venue-content.ts';

/** A coordinator adds a place where the network meets. Returns the saved venue. */
export async function createVenue(options: { actor: Actor | null; networkId: string } & VenueContent) {
	const actor = requireCoordinator(options.actor, options.networkId);
	await checkVenuePartner(options.networkId, options);
	const at = now();
	const [venue] = await db()
		.insert(venues)
		.values({
			...venueColumns(options),
			networkId: options.networkId,
			createdByAccountId: actor.accountId,
			createdAt: at,
			updatedAt: at
		})
		.returning()
		.catch(venueNameTaken);
	return venue;
}
