import { and, asc, eq, gte } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { spaceClosures, spaceOpeningHours } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findVenue } from '../venues/find-venue.ts';
import { parisDate } from '../../paris-time.ts';

/** A venue's opening hours (« 09:00 ») and its closures still to come, for the coordinators' page. */
export async function venueSpace(options: { actor: Actor | null; networkId: string; venueId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const venue = await findVenue(options);
	if (!venue) throw new AppError('not_found');
	const hours = await db()
		.select({
			weekday: spaceOpeningHours.weekday,
			opensAt: spaceOpeningHours.opensAt,
			closesAt: spaceOpeningHours.closesAt
		})
		.from(spaceOpeningHours)
		.where(eq(spaceOpeningHours.venueId, venue.id))
		.orderBy(asc(spaceOpeningHours.weekday), asc(spaceOpeningHours.opensAt));
	const closures = await db()
		.select()
		.from(spaceClosures)
		.where(and(eq(spaceClosures.venueId, venue.id), gte(spaceClosures.endsOn, parisDate(now()))))
		.orderBy(asc(spaceClosures.startsOn));
	return {
		venue: { id: venue.id, name: venue.name, archived: venue.archivedAt !== null },
		hours: hours.map((h) => ({ weekday: h.weekday, opensAt: h.opensAt.slice(0, 5), closesAt: h.closesAt.slice(0, 5) })),
		closures
	};
}
