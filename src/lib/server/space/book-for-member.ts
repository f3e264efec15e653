import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { memberships } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { bookingRefused, checkBookingTimes, insertBooking } from './booking-rules.ts';
import { requireBookableResource } from './resource-access.ts';

/**
 * The front desk books a slot for a member, often one without email who came to the desk (a job seeker who
 * needs a computer). The venue's hours, closures and other bookings bind it like anyone; the member's own
 * limits (how far ahead, how many) are the desk's judgement.
 */
export async function bookForMember(options: {
	actor: Actor | null;
	networkId: string;
	accountId: string;
	resourceId: string;
	startsAt: Date;
	endsAt: Date;
	purpose?: string;
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const at = now();
	return db()
		.transaction(async (tx) => {
			const resource = await requireBookableResource(tx, options.networkId, options.resourceId);
			const [member] = isUuid(options.accountId)
				? await tx
						.select({ status: memberships.status })
						.from(memberships)
						.where(and(eq(memberships.networkId, options.networkId), eq(memberships.accountId, options.accountId)))
				: [];
			if (member?.status !== 'active') throw new AppError('space_member_unknown', 'accountId');
			checkBookingTimes(resource, options, at, true);
			return insertBooking(tx, {
				networkId: options.networkId,
				resourceId: resource.id,
				accountId: options.accountId,
				bookedByAccountId: actor.accountId,
				startsAt: options.startsAt,
				endsAt: options.endsAt,
				purpose: options.purpose ?? '',
				createdAt: at
			});
		})
		.catch(bookingRefused);
}
