import { and, eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { spaceBookings } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/**
 * A member cancels their own booking, or a coordinator anyone's; the slot is free at once. Someone else's
 * booking is « not found » to a plain member (it is none of theirs). A booking that has ended stays as it was.
 */
export async function cancelBooking(options: { actor: Actor | null; networkId: string; bookingId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.bookingId)) throw new AppError('not_found');
	const [booking] = await db()
		.select()
		.from(spaceBookings)
		.where(and(eq(spaceBookings.networkId, options.networkId), eq(spaceBookings.id, options.bookingId)));
	if (!booking || (booking.accountId !== actor.accountId && !isCoordinator(actor, options.networkId))) {
		throw new AppError('not_found');
	}
	if (booking.status === 'cancelled') return booking;
	const at = now();
	if (booking.endsAt.getTime() <= at.getTime()) throw new AppError('space_booking_over');
	const [cancelled] = await db()
		.update(spaceBookings)
		.set({ status: 'cancelled', cancelledAt: at, cancelledByAccountId: actor.accountId })
		.where(and(eq(spaceBookings.id, booking.id), eq(spaceBookings.status, 'confirmed')))
		.returning();
	return cancelled ?? booking;
}
