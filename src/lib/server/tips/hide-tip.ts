import { and, eq, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { tipReports, tips } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findTipInNetwork } from './tip-access.ts';

/**
 * A coordinator hides a tip (it leaves the board, search and the public list; its author still sees it, marked
 * hidden) or shows it again. Hiding closes the tip's open reports: that was the answer to them. Journaled.
 */
export async function setTipHidden(options: {
	actor: Actor | null;
	networkId: string;
	tipId: string;
	hidden: boolean;
}) {
	const coordinator = requireCoordinator(options.actor, options.networkId);
	await db().transaction(async (tx) => {
		const tip = await findTipInNetwork(tx, options.networkId, options.tipId);
		if (!tip) throw new AppError('not_found');
		const at = now();
		await tx
			.update(tips)
			.set(
				options.hidden
					? { hiddenAt: tip.hiddenAt ?? at, hiddenByAccountId: tip.hiddenByAccountId ?? coordinator.accountId }
					: { hiddenAt: null, hiddenByAccountId: null }
			)
			.where(eq(tips.id, tip.id));
		if (options.hidden) {
			await tx
				.update(tipReports)
				.set({ handledAt: at, handledByAccountId: coordinator.accountId })
				.where(and(eq(tipReports.tipId, tip.id), isNull(tipReports.handledAt)));
		}
		if (options.hidden !== (tip.hiddenAt !== null)) {
			await recordAudit({
				tx,
				networkId: options.networkId,
				actor: coordinator,
				action: options.hidden ? 'tip_hidden' : 'tip_shown',
				subjectAccountId: tip.authorAccountId,
				subjectId: tip.id,
				detail: tip.title
			});
		}
	});
}
