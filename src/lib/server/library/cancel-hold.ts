import { and, eq, inArray } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { libraryHolds } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { LIVE_HOLD_STATUSES } from '../../library-options.ts';
import { lockItem } from './item-access.ts';
import { offerNext } from './queue.ts';

/**
 * A member cancels their hold (or a coordinator anyone's). If the item was kept for them, it goes to the next
 * person in line at once. Someone else's hold is « not found » to a plain member; an ended hold stays as it was.
 */
export async function cancelHold(options: { actor: Actor | null; networkId: string; holdId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.holdId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		const [hold] = await tx
			.select()
			.from(libraryHolds)
			.where(and(eq(libraryHolds.networkId, options.networkId), eq(libraryHolds.id, options.holdId)));
		if (!hold || (hold.accountId !== actor.accountId && !isCoordinator(actor, options.networkId))) {
			throw new AppError('not_found');
		}
		const item = await lockItem(tx, options.networkId, hold.resourceId);
		const [cancelled] = await tx
			.update(libraryHolds)
			.set({ status: 'cancelled', endedAt: now(), offerExpiresAt: null })
			.where(and(eq(libraryHolds.id, hold.id), inArray(libraryHolds.status, [...LIVE_HOLD_STATUSES])))
			.returning();
		if (cancelled) await offerNext(tx, item);
		return cancelled ?? hold;
	});
}
