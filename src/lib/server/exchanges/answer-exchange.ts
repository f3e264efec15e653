// « Confirmer » / « Refuser »: a participant answers for their own part of an exchange. A learner's part counts
// once the sharer and that learner both confirmed; in time-bank mode that is when its minutes move (decision 019).
import { and, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { exchangeLearners, exchanges } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { ledgerRefusal, reciprocityModeOf, writeLedgerEntries } from './ledger.ts';

export async function answerExchange(options: {
	actor: Actor | null;
	networkId: string;
	exchangeId: string;
	answer: 'confirm' | 'decline';
}) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.exchangeId)) throw new AppError('not_found');
	const me = actor.accountId;
	const status = options.answer === 'confirm' ? 'confirmed' : 'declined';
	try {
		return await db().transaction(async (tx) => {
			// The exchange's row lock makes the answers to one exchange one after the other: the sharer and a
			// learner confirming at the same moment cannot both miss (or both write) the learner's entries.
			const [exchange] = await tx
				.select()
				.from(exchanges)
				.where(and(eq(exchanges.id, options.exchangeId), eq(exchanges.networkId, options.networkId)))
				.for('update');
			if (!exchange) throw new AppError('not_found');
			const learners = await tx
				.select({ accountId: exchangeLearners.accountId, status: exchangeLearners.status })
				.from(exchangeLearners)
				.where(eq(exchangeLearners.exchangeId, exchange.id));
			const mine = learners.find((l) => l.accountId === me);
			const isSharer = exchange.sharerAccountId === me;
			if (!isSharer && !mine) throw new AppError('forbidden');
			if ((isSharer ? exchange.sharerStatus : mine!.status) !== 'pending') {
				throw new AppError('exchange_already_answered');
			}
			const at = now();
			if (isSharer) {
				await tx
					.update(exchanges)
					.set({ sharerStatus: status, sharerDecidedAt: at })
					.where(eq(exchanges.id, exchange.id));
			} else {
				await tx
					.update(exchangeLearners)
					.set({ status, decidedAt: at })
					.where(and(eq(exchangeLearners.exchangeId, exchange.id), eq(exchangeLearners.accountId, me)));
			}
			if (status === 'declined') return { ...exchange, counted: [] as string[] };

			// The learners' parts that count from now on.
			const sharerConfirmed = isSharer || exchange.sharerStatus === 'confirmed';
			const counted = !sharerConfirmed
				? []
				: isSharer
					? learners.filter((l) => l.status === 'confirmed').map((l) => l.accountId)
					: [me];
			if (counted.length > 0) {
				if (!exchange.confirmedAt) {
					await tx.update(exchanges).set({ confirmedAt: at }).where(eq(exchanges.id, exchange.id));
				}
				if ((await reciprocityModeOf(tx, options.networkId)) === 'time_bank') {
					await writeLedgerEntries(tx, exchange, counted);
				}
			}
			return { ...exchange, counted };
		});
	} catch (error) {
		return ledgerRefusal(error);
	}
}
