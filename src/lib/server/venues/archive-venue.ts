import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { venues } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { venueNameTaken } from './venue-content.ts';

/**
 * A coordinator archives a venue the network no longer uses (it takes no new events; past events keep it), or
 * brings it back. Venues are never deleted: events point to them. Bringing one back whose name was given to
 * another venue meanwhile is refused (venue_name_taken).
 */
export async function archiveVenue(options: {
	actor: Actor | null;
	networkId: string;
	venueId: string;
	archived: boolean;
}) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.venueId)) throw new AppError('not_found');
	const at = now();
	const [venue] = await db()
		.update(venues)
		.set({ archivedAt: options.archived ? at : null, updatedAt: at })
		.where(and(eq(venues.networkId, options.networkId), eq(venues.id, options.venueId)))
		.returning()
		.catch(venueNameTaken);
	if (!venue) throw new AppError('not_found');
	return venue;
}
