import { and, eq, gt } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { spaceBookings, spaceResources } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { notifyBooking } from './notify-booking.ts';

/**
 * A coordinator approves or refuses a booking request (LibreBooking's « requires approval », decision 029). The
 * request held the slot already: approving keeps it (no check to redo), refusing frees it, with the reason told
 * to the member. Only a request still to come can be decided: one already decided or lapsed says so.
 */
export async function decideBooking(options: {
	actor: Actor | null;
	networkId: string;
	bookingId: string;
	approve: boolean;
	reason?: string;
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.bookingId)) throw new AppError('not_found');
	const reason = (options.reason ?? '').trim();
	return db().transaction(async (tx) => {
		const at = now();
		const [found] = await tx
			.select({ booking: spaceBookings, resourceName: spaceResources.name })
			.from(spaceBookings)
			.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
			.where(and(eq(spaceBookings.networkId, options.networkId), eq(spaceBookings.id, options.bookingId)))
			.for('update', { of: spaceBookings });
		if (!found) throw new AppError('not_found');
		const [decided] = await tx
			.update(spaceBookings)
			.set(
				options.approve
					? { status: 'confirmed', decidedAt: at, decidedByAccountId: actor.accountId }
					: { status: 'refused', decidedAt: at, decidedByAccountId: actor.accountId, reason }
			)
			.where(
				and(
					eq(spaceBookings.id, found.booking.id),
					eq(spaceBookings.status, 'requested'),
					gt(spaceBookings.startsAt, at)
				)
			)
			.returning();
		if (!decided) throw new AppError('space_booking_decided');
		await notifyBooking(tx, {
			networkId: options.networkId,
			accountId: decided.accountId,
			what: options.approve ? 'booking_approved' : 'booking_refused',
			resourceName: found.resourceName,
			startsAt: decided.startsAt,
			endsAt: decided.endsAt,
			reason
		});
		return decided;
	});
}
