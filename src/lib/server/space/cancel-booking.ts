import { and, eq, inArray } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { spaceBookings, spaceResources } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';
import { notifyBooking } from './notify-booking.ts';

/**
 * A member cancels their own booking (or request), or a coordinator anyone's; the slot is free at once. Someone
 * else's booking is « not found » to a plain member (it is none of theirs). A booking that has ended stays as it
 * was. When a coordinator cancels someone else's, that person is told, with the reason if one was given
 * (decision 029, « Notices »); members without email find it in the app, and the day sheet shows it to the desk.
 */
export async function cancelBooking(options: {
	actor: Actor | null;
	networkId: string;
	bookingId: string;
	reason?: string;
}) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.bookingId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		const [found] = await tx
			.select({ booking: spaceBookings, resourceName: spaceResources.name })
			.from(spaceBookings)
			.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
			.where(and(eq(spaceBookings.networkId, options.networkId), eq(spaceBookings.id, options.bookingId)));
		const booking = found?.booking;
		if (!booking || (booking.accountId !== actor.accountId && !isCoordinator(actor, options.networkId))) {
			throw new AppError('not_found');
		}
		if (!(SLOT_HOLDING_STATUSES as readonly string[]).includes(booking.status)) return booking;
		const at = now();
		if (booking.endsAt.getTime() <= at.getTime()) throw new AppError('space_booking_over');
		const byOther = booking.accountId !== actor.accountId;
		const reason = byOther ? (options.reason ?? '').trim() : '';
		const [cancelled] = await tx
			.update(spaceBookings)
			.set({ status: 'cancelled', cancelledAt: at, cancelledByAccountId: actor.accountId, reason })
			.where(and(eq(spaceBookings.id, booking.id), inArray(spaceBookings.status, [...SLOT_HOLDING_STATUSES])))
			.returning();
		if (cancelled && byOther) {
			await notifyBooking(tx, {
				networkId: options.networkId,
				accountId: booking.accountId,
				what: 'booking_cancelled',
				resourceName: found.resourceName,
				startsAt: booking.startsAt,
				endsAt: booking.endsAt,
				reason
			});
		}
		return cancelled ?? booking;
	});
}
