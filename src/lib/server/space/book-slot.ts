import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { bookingRefused, checkBookingTimes, checkMemberLimit, insertBooking } from './booking-rules.ts';
import { mayBook, requireBookableResource } from './resource-access.ts';

/**
 * A member books a room or a computer station for themselves. 50 people on the same slot at once: the exclusion
 * constraint lets exactly one through and the others read « Ce créneau vient d'être pris » (decision 029). On a
 * resource a coordinator approves, the booking is a request (`requested`) that holds the slot until decided.
 */
export async function bookSlot(options: {
	actor: Actor | null;
	networkId: string;
	resourceId: string;
	startsAt: Date;
	endsAt: Date;
	purpose?: string;
}) {
	const actor = requireMember(options.actor, options.networkId);
	const at = now();
	return db()
		.transaction(async (tx) => {
			const resource = await requireBookableResource(tx, options.networkId, options.resourceId);
			if (!(await mayBook(tx, actor, options.networkId, resource))) throw new AppError('space_not_allowed');
			checkBookingTimes(resource, options, at, false);
			await checkMemberLimit(tx, resource, actor.accountId, at);
			return insertBooking(tx, {
				networkId: options.networkId,
				resourceId: resource.id,
				accountId: actor.accountId,
				bookedByAccountId: actor.accountId,
				startsAt: options.startsAt,
				endsAt: options.endsAt,
				purpose: options.purpose ?? '',
				createdAt: at,
				status: resource.requiresApproval && !isCoordinator(actor, options.networkId) ? 'requested' : 'confirmed'
			});
		})
		.catch(bookingRefused);
}
