// Worker sweep (decision 029): a booking request nobody decided before its start lapses — the slot is free again
// (it is over anyway) and the member is told it was not confirmed. Rows are taken FOR UPDATE SKIP LOCKED in
// batches of SWEEP_BATCH, so several workers share the work and requests are answered between batches.
import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { spaceBookings, spaceResources } from '../db/schema/index.ts';
import { inBatches } from '../jobs/batches.ts';
import { notifyBooking } from './notify-booking.ts';

/** At most this many requests lapse in one sweep; the rest wait for the next. */
const SWEEP_LIMIT = 500;

/** Returns how many requests lapsed. */
export async function lapseBookingRequests(): Promise<number> {
	return inBatches(SWEEP_LIMIT, (size) =>
		db().transaction(async (tx) => {
			const at = now();
			const due = await tx
				.select({ id: spaceBookings.id })
				.from(spaceBookings)
				.where(and(eq(spaceBookings.status, 'requested'), lte(spaceBookings.startsAt, at)))
				.orderBy(asc(spaceBookings.startsAt))
				.limit(size)
				.for('update', { skipLocked: true });
			if (due.length === 0) return 0;
			const lapsed = await tx
				.update(spaceBookings)
				.set({ status: 'lapsed', decidedAt: at })
				.where(
					inArray(
						spaceBookings.id,
						due.map((d) => d.id)
					)
				)
				.returning();
			const names = await tx
				.select({ id: spaceResources.id, name: spaceResources.name })
				.from(spaceResources)
				.where(inArray(spaceResources.id, [...new Set(lapsed.map((b) => b.resourceId))]));
			const nameOf = new Map(names.map((r) => [r.id, r.name]));
			for (const booking of lapsed) {
				await notifyBooking(tx, {
					networkId: booking.networkId,
					accountId: booking.accountId,
					what: 'booking_lapsed',
					resourceName: nameOf.get(booking.resourceId) ?? '',
					startsAt: booking.startsAt,
					endsAt: booking.endsAt
				});
			}
			return due.length;
		})
	);
}
