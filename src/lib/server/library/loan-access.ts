import { and, eq } from 'drizzle-orm';
import { isCoordinator, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { libraryLoans } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export type Loan = typeof libraryLoans.$inferSelect;

/**
 * A loan of this network that the actor may act on: the borrower's own, or any for a coordinator. Anything else
 * is « not found » (someone else's loan is none of a plain member's business).
 */
export async function requireLoan(q: Queryable, actor: Actor, networkId: string, loanId: string): Promise<Loan> {
	if (!isUuid(loanId)) throw new AppError('not_found');
	const [loan] = await q
		.select()
		.from(libraryLoans)
		.where(and(eq(libraryLoans.networkId, networkId), eq(libraryLoans.id, loanId)));
	if (!loan || (loan.accountId !== actor.accountId && !isCoordinator(actor, networkId))) {
		throw new AppError('not_found');
	}
	return loan;
}
