import { and, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { libraryConditionNotes, libraryLoans, spaceResources } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockItem } from './item-access.ts';
import { requireLoan } from './loan-access.ts';
import { offerNext } from './queue.ts';

/**
 * The front desk records a return with the condition it sees (« mandrin un peu dur »): a line of the item's
 * condition history, and the item's current condition when something is written. The item then goes to the
 * first person waiting for it, who is told.
 */
export async function returnItem(options: {
	actor: Actor | null;
	networkId: string;
	loanId: string;
	condition: string;
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	return db().transaction(async (tx) => {
		const loan = await requireLoan(tx, actor, options.networkId, options.loanId);
		const item = await lockItem(tx, options.networkId, loan.resourceId);
		const at = now();
		const [returned] = await tx
			.update(libraryLoans)
			.set({ returnedAt: at, returnedToAccountId: actor.accountId })
			.where(and(eq(libraryLoans.id, loan.id), isNull(libraryLoans.returnedAt)))
			.returning();
		if (!returned) throw new AppError('library_loan_closed');
		await tx.insert(libraryConditionNotes).values({
			networkId: options.networkId,
			resourceId: item.id,
			kind: 'return',
			note: options.condition,
			loanId: loan.id,
			authorAccountId: actor.accountId,
			createdAt: at
		});
		if (options.condition !== '') {
			await tx
				.update(spaceResources)
				.set({ condition: options.condition, updatedAt: at })
				.where(eq(spaceResources.id, item.id));
		}
		await offerNext(tx, item);
		return returned;
	});
}
