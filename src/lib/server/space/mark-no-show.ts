import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { spaceBookings } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/**
 * The front desk marks that a member did not come (or takes it back after a mistake). Only once the slot has
 * begun, and only on a confirmed booking.
 */
export async function markNoShow(options: {
	actor: Actor | null;
	networkId: string;
	bookingId: string;
	noShow: boolean;
}) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.bookingId)) throw new AppError('not_found');
	const [booking] = await db()
		.select()
		.from(spaceBookings)
		.where(and(eq(spaceBookings.networkId, options.networkId), eq(spaceBookings.id, options.bookingId)));
	if (!booking || booking.status !== 'confirmed') throw new AppError('not_found');
	const at = now();
	if (booking.startsAt.getTime() > at.getTime()) throw new AppError('space_booking_not_started');
	const [marked] = await db()
		.update(spaceBookings)
		.set({ noShowAt: options.noShow ? (booking.noShowAt ?? at) : null })
		.where(eq(spaceBookings.id, booking.id))
		.returning();
	return marked;
}
