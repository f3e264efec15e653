import { eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { spaceOpeningHours } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findVenue } from '../venues/find-venue.ts';
import type { OpeningHoursInput } from '../../validation/space.ts';

/**
 * A coordinator sets a venue's weekly opening hours, the whole week at once (the form shows it whole). Bookings
 * already made stay where they are: changing the hours does not cancel anybody (decision 029).
 */
export async function setOpeningHours(options: { actor: Actor | null; networkId: string } & OpeningHoursInput) {
	requireCoordinator(options.actor, options.networkId);
	const venue = await findVenue({ networkId: options.networkId, venueId: options.venueId });
	if (!venue || venue.archivedAt) throw new AppError('space_venue_unknown', 'venueId');
	await db().transaction(async (tx) => {
		await tx.delete(spaceOpeningHours).where(eq(spaceOpeningHours.venueId, venue.id));
		if (options.periods.length === 0) return;
		await tx
			.insert(spaceOpeningHours)
			.values(options.periods.map((p) => ({ ...p, networkId: options.networkId, venueId: venue.id })));
	});
}
