import { and, eq, inArray } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { accounts, libraryHolds, libraryLoans } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { LIVE_HOLD_STATUSES } from '../../library-options.ts';
import { requireBorrower } from './borrower.ts';
import { lockItem } from './item-access.ts';
import { itemNow } from './item-state.ts';
import { dueOnFrom } from './rules.ts';

/**
 * The front desk lends an item to a member, due `loan_days` later. Refused when it is already lent (the partial
 * unique index `library_loans_one_open_idx` says so even if two desks click at once), under repair, or kept for
 * someone else whose offer is still running. The borrower's own hold on it, if any, is fulfilled.
 */
export async function lendItem(options: {
	actor: Actor | null;
	networkId: string;
	resourceId: string;
	accountId: string;
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	return db()
		.transaction(async (tx) => {
			const item = await lockItem(tx, options.networkId, options.resourceId);
			await requireBorrower(tx, options.networkId, options.accountId);
			const state = await itemNow(tx, item.id);
			if (state.loan) throw new AppError('library_item_lent', 'resourceId');
			if (state.repair) throw new AppError('library_item_in_repair', 'resourceId');
			if (state.offer && state.offer.accountId !== options.accountId) {
				const [keptFor] = await tx
					.select({ name: accounts.name })
					.from(accounts)
					.where(eq(accounts.id, state.offer.accountId));
				throw new AppError('library_item_kept', 'accountId', { name: keptFor?.name ?? '' });
			}
			const at = now();
			const [hold] = await tx
				.update(libraryHolds)
				.set({ status: 'fulfilled', endedAt: at, offerExpiresAt: null })
				.where(
					and(
						eq(libraryHolds.resourceId, item.id),
						eq(libraryHolds.accountId, options.accountId),
						inArray(libraryHolds.status, [...LIVE_HOLD_STATUSES])
					)
				)
				.returning({ id: libraryHolds.id });
			const [loan] = await tx
				.insert(libraryLoans)
				.values({
					networkId: options.networkId,
					resourceId: item.id,
					accountId: options.accountId,
					lentByAccountId: actor.accountId,
					holdId: hold?.id ?? null,
					lentAt: at,
					dueOn: dueOnFrom(at, item.loanDays)
				})
				.returning();
			return loan;
		})
		.catch((error: unknown) => {
			if (isUniqueViolation(error)) throw new AppError('library_item_lent', 'resourceId');
			throw error;
		});
}
