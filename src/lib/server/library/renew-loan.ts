import { and, eq, isNull } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { libraryLoans } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockItem } from './item-access.ts';
import { liveHoldCount } from './item-state.ts';
import { requireLoan } from './loan-access.ts';
import { addDays } from '../space/week-plan.ts';
import { parisDate } from '../../paris-time.ts';

/**
 * The borrower (online) or the front desk renews a loan: `loan_days` more, counted from the due day (from today
 * when it is overdue), as libraries of things do. Refused, with the reason,
 * when someone holds the item (it is theirs next) or when the loan was renewed `max_renewals` times already.
 */
export async function renewLoan(options: { actor: Actor | null; networkId: string; loanId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	return db().transaction(async (tx) => {
		const loan = await requireLoan(tx, actor, options.networkId, options.loanId);
		const item = await lockItem(tx, options.networkId, loan.resourceId);
		const [open] = await tx
			.select()
			.from(libraryLoans)
			.where(and(eq(libraryLoans.id, loan.id), isNull(libraryLoans.returnedAt)));
		if (!open) throw new AppError('library_loan_closed');
		if ((await liveHoldCount(tx, item.id)) > 0)
			throw new AppError('library_renew_held', undefined, { due: open.dueOn });
		if (open.renewals >= item.maxRenewals) {
			throw new AppError('library_renew_limit', undefined, { count: String(item.maxRenewals), due: open.dueOn });
		}
		const today = parisDate(now());
		const dueOn = addDays(open.dueOn > today ? open.dueOn : today, item.loanDays);
		const [renewed] = await tx
			.update(libraryLoans)
			.set({ dueOn, renewals: open.renewals + 1 })
			.where(eq(libraryLoans.id, open.id))
			.returning();
		return renewed;
	});
}
