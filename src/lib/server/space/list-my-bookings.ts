import { and, asc, desc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { spaceBookings, spaceResources, venues } from '../db/schema/index.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';

/** How many past bookings « mes réservations » shows under the coming ones. */
export const MY_PAST_BOOKINGS = 10;

/**
 * « Mes réservations »: the coming ones first (soonest first), then the last few that ended or were cancelled.
 * Whether the member came is the front desk's business (decision 029): it is not shown here.
 */
export async function listMyBookings(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const at = now();
	const columns = {
		id: spaceBookings.id,
		startsAt: spaceBookings.startsAt,
		endsAt: spaceBookings.endsAt,
		purpose: spaceBookings.purpose,
		status: spaceBookings.status,
		reason: spaceBookings.reason,
		resourceId: spaceResources.id,
		resourceName: spaceResources.name,
		kind: spaceResources.kind,
		venueId: venues.id,
		venueName: venues.name
	};
	// An event's room booking is the event's (its page and calendar), not the coordinator's own.
	const mine = and(
		eq(spaceBookings.networkId, options.networkId),
		eq(spaceBookings.accountId, actor.accountId),
		isNull(spaceBookings.occurrenceId)
	);
	const base = () =>
		db()
			.select(columns)
			.from(spaceBookings)
			.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
			.innerJoin(venues, eq(venues.id, spaceResources.venueId));
	const upcoming = await base()
		.where(and(mine, inArray(spaceBookings.status, [...SLOT_HOLDING_STATUSES]), gt(spaceBookings.endsAt, at)))
		.orderBy(asc(spaceBookings.startsAt));
	const past = await base()
		.where(and(mine, lte(spaceBookings.startsAt, at)))
		.orderBy(desc(spaceBookings.startsAt))
		.limit(MY_PAST_BOOKINGS);
	return { upcoming, past };
}
