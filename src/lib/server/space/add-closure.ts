import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { hasSqlState } from '../db/errors.ts';
import { spaceClosures } from '../db/schema/index.ts';
import { sqlStates } from '../db/sql-states.ts';
import { AppError } from '../errors.ts';
import { findVenue } from '../venues/find-venue.ts';
import { parisDate } from '../../paris-time.ts';
import type { ClosureInput } from '../../validation/space.ts';

/**
 * « Fermé du 23 décembre au 2 janvier ». A closure over bookings still to come is refused by the database
 * (space_closures_check): the coordinator cancels them first, so nobody finds a closed door (decision 029).
 */
export async function addClosure(options: { actor: Actor | null; networkId: string } & ClosureInput) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const venue = await findVenue({ networkId: options.networkId, venueId: options.venueId });
	if (!venue || venue.archivedAt) throw new AppError('space_venue_unknown', 'venueId');
	if (options.endsOn < parisDate(now())) throw new AppError('space_closure_past', 'endsOn');
	const [closure] = await db()
		.insert(spaceClosures)
		.values({
			networkId: options.networkId,
			venueId: venue.id,
			startsOn: options.startsOn,
			endsOn: options.endsOn,
			reason: options.reason,
			createdByAccountId: actor.accountId
		})
		.returning()
		.catch((error) => {
			if (hasSqlState(error, sqlStates.spaceClosureOverBookings)) {
				throw new AppError('space_closure_has_bookings', 'startsOn');
			}
			throw error;
		});
	return closure;
}
