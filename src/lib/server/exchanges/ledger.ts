// Writing to the time bank's ledger. The database does the bookkeeping and the checks (migration 0009, decision
// 019): a trigger moves the balances under their row locks and refuses a debit under the network's lower limit
// or a credit over its upper limit; a deferred trigger checks that each exchange's entries add up to zero.
import { eq } from 'drizzle-orm';
import { hasSqlState } from '../db/errors.ts';
import { sqlStates } from '../db/sql-states.ts';
import type { Tx } from '../db/client.ts';
import { ledgerEntries, networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/**
 * For each learner whose part now counts: −minutes for the learner, +minutes for the sharer (each learner gives
 * the whole duration; the sharer receives it once per learner). Rows go in account order, so two transactions
 * take the balance locks in the same order and cannot deadlock.
 */
export async function writeLedgerEntries(
	tx: Tx,
	exchange: { id: string; networkId: string; sharerAccountId: string; minutes: number },
	learnerAccountIds: string[]
) {
	if (learnerAccountIds.length === 0) return;
	const rows = learnerAccountIds.flatMap((learner) => [
		{ learner, accountId: learner, minutes: -exchange.minutes },
		{ learner, accountId: exchange.sharerAccountId, minutes: exchange.minutes }
	]);
	rows.sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : a.minutes - b.minutes));
	await tx.insert(ledgerEntries).values(
		rows.map((r) => ({
			networkId: exchange.networkId,
			exchangeId: exchange.id,
			learnerAccountId: r.learner,
			accountId: r.accountId,
			minutes: r.minutes
		}))
	);
}

/** Turns the ledger trigger's refusals into the sentences people read; anything else is rethrown. */
export function ledgerRefusal(error: unknown): never {
	if (hasSqlState(error, sqlStates.ledgerBelowLimit)) throw new AppError('exchange_below_limit');
	if (hasSqlState(error, sqlStates.ledgerAboveLimit)) throw new AppError('exchange_above_limit');
	throw error;
}

/** The network's reciprocity mode, read inside the transaction that may write to the ledger. */
export async function reciprocityModeOf(tx: Tx, networkId: string): Promise<string> {
	const [row] = await tx.select({ mode: networks.reciprocityMode }).from(networks).where(eq(networks.id, networkId));
	return row?.mode ?? 'open';
}
