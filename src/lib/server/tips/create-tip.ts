import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { tips } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { tipExpiry } from './lifetime.ts';
import { checkTipDates, contentColumns, type TipContent } from './tip-access.ts';

/**
 * A member publishes a tip on the network's board. It lives until the evening of its end date, else 60 days.
 * The members who asked for tips by email or in the daily digest are told by a job (notify-tip-readers.ts),
 * queued in the same transaction so it runs exactly when the tip exists.
 */
export async function createTip(options: { actor: Actor | null; networkId: string } & TipContent) {
	const author = requireMember(options.actor, options.networkId);
	const at = now();
	checkTipDates(options, at);
	return db().transaction(async (tx) => {
		const [tip] = await tx
			.insert(tips)
			.values({
				...contentColumns(options),
				networkId: options.networkId,
				authorAccountId: author.accountId,
				expiresAt: tipExpiry(options.endsOn, at),
				createdAt: at,
				updatedAt: at,
				updatedByAccountId: author.accountId
			})
			.returning();
		await enqueueJob('notify-tip', { tipId: tip.id }, { tx });
		return tip;
	});
}
