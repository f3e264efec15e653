import { and, asc, eq, gt } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, spaceBookings, spaceResources, venues } from '../db/schema/index.ts';

/** How many requests the coordination page lists at once (soonest first: those lapse first). */
export const REQUESTS_SHOWN = 50;

/** The booking requests still to decide, soonest first, for the coordination space page (decision 029). */
export async function listBookingRequests(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db()
		.select({
			id: spaceBookings.id,
			startsAt: spaceBookings.startsAt,
			endsAt: spaceBookings.endsAt,
			purpose: spaceBookings.purpose,
			memberName: accounts.name,
			resourceName: spaceResources.name,
			venueName: venues.name
		})
		.from(spaceBookings)
		.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
		.innerJoin(venues, eq(venues.id, spaceResources.venueId))
		.innerJoin(accounts, eq(accounts.id, spaceBookings.accountId))
		.where(
			and(
				eq(spaceBookings.networkId, options.networkId),
				eq(spaceBookings.status, 'requested'),
				gt(spaceBookings.startsAt, now())
			)
		)
		.orderBy(asc(spaceBookings.startsAt))
		.limit(REQUESTS_SHOWN);
}
