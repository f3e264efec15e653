import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { venues } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { checkVenuePartner, venueColumns, venueNameTaken, type VenueContent } from './venue-content.ts';

/** A coordinator changes a venue of their network (archived ones too). Returns the saved venue. */
export async function updateVenue(options: { actor: Actor | null; networkId: string; venueId: string } & VenueContent) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.venueId)) throw new AppError('not_found');
	await checkVenuePartner(options.networkId, options);
	const [venue] = await db()
		.update(venues)
		.set({ ...venueColumns(options), updatedAt: now() })
		.where(and(eq(venues.networkId, options.networkId), eq(venues.id, options.venueId)))
		.returning()
		.catch(venueNameTaken);
	if (!venue) throw new AppError('not_found');
	return venue;
}
