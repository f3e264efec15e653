import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { hasSqlState } from '../db/errors.ts';
import { accounts, spaceBookings, spaceClosures, spaceResources, venues } from '../db/schema/index.ts';
import { sqlStates } from '../db/sql-states.ts';
import { AppError } from '../errors.ts';
import { findVenue } from '../venues/find-venue.ts';
import { parisDate } from '../../paris-time.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';
import type { ClosureInput } from '../../validation/space.ts';
import { notifyBooking } from './notify-booking.ts';
import { addDays, atMinutes } from './week-plan.ts';

/** The bookings still to come that a closure of these days would fall on, soonest first. */
function bookingsDuring(q: Queryable, venueId: string, startsOn: string, endsOn: string, at: Date) {
	return q
		.select({
			id: spaceBookings.id,
			networkId: spaceBookings.networkId,
			accountId: spaceBookings.accountId,
			startsAt: spaceBookings.startsAt,
			endsAt: spaceBookings.endsAt,
			resourceName: spaceResources.name,
			memberName: accounts.name
		})
		.from(spaceBookings)
		.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
		.innerJoin(accounts, eq(accounts.id, spaceBookings.accountId))
		.where(
			and(
				eq(spaceResources.venueId, venueId),
				inArray(spaceBookings.status, [...SLOT_HOLDING_STATUSES]),
				gt(spaceBookings.endsAt, at),
				lt(spaceBookings.startsAt, atMinutes(addDays(endsOn, 1), 0)),
				gt(spaceBookings.endsAt, atMinutes(startsOn, 0))
			)
		)
		.orderBy(asc(spaceBookings.startsAt), asc(spaceResources.nameKey));
}

/**
 * « Fermé du 23 décembre au 2 janvier ». Over bookings still to come, the first call writes nothing and returns
 * them (`toCancel`) for the coordinator to confirm; confirmed, it cancels them, tells each member (with the
 * closure's reason) and adds the closure, in one transaction under the venue's row lock, so a booking made in
 * between is either among those cancelled or refused by the closure (decision 029, « Notices »). The database
 * still refuses a closure over a live booking (space_closures_check), whatever code wrote it.
 */
export async function addClosure(
	options: { actor: Actor | null; networkId: string } & Omit<ClosureInput, 'confirmed'> & { confirmed?: boolean }
) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const venue = await findVenue({ networkId: options.networkId, venueId: options.venueId });
	if (!venue || venue.archivedAt) throw new AppError('space_venue_unknown', 'venueId');
	if (options.endsOn < parisDate(now())) throw new AppError('space_closure_past', 'endsOn');
	return db()
		.transaction(async (tx) => {
			await tx.select({ id: venues.id }).from(venues).where(eq(venues.id, venue.id)).for('no key update');
			const at = now();
			const toCancel = await bookingsDuring(tx, venue.id, options.startsOn, options.endsOn, at);
			if (toCancel.length > 0 && !options.confirmed) return { closure: null, toCancel };
			for (const booking of toCancel) {
				await tx
					.update(spaceBookings)
					.set({ status: 'cancelled', cancelledAt: at, cancelledByAccountId: actor.accountId, reason: options.reason })
					.where(eq(spaceBookings.id, booking.id));
				await notifyBooking(tx, {
					networkId: booking.networkId,
					accountId: booking.accountId,
					what: 'booking_cancelled',
					resourceName: booking.resourceName,
					startsAt: booking.startsAt,
					endsAt: booking.endsAt,
					reason: options.reason
				});
			}
			const [closure] = await tx
				.insert(spaceClosures)
				.values({
					networkId: options.networkId,
					venueId: venue.id,
					startsOn: options.startsOn,
					endsOn: options.endsOn,
					reason: options.reason,
					createdByAccountId: actor.accountId
				})
				.returning();
			return { closure, toCancel: [], cancelled: toCancel.length };
		})
		.catch((error) => {
			if (hasSqlState(error, sqlStates.spaceClosureOverBookings)) {
				throw new AppError('space_closure_has_bookings', 'startsOn');
			}
			throw error;
		});
}
