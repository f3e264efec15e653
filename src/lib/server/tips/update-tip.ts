import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { tips } from '../db/schema/index.ts';
import { tipExpiry } from './lifetime.ts';
import { checkTipDates, contentColumns, loadManageableTip, type TipContent } from './tip-access.ts';

/**
 * The author (or a coordinator) edits a tip. A new or changed end date sets the expiry to that evening; removing
 * the end date gives the tip a full lifetime from now; otherwise the expiry stays (editing is not renewing).
 */
export async function updateTip(options: { actor: Actor | null; networkId: string; tipId: string } & TipContent) {
	return db().transaction(async (tx) => {
		const { account, tip } = await loadManageableTip(tx, options);
		const at = now();
		if (options.endsOn !== tip.endsOn) checkTipDates(options, at);
		const expiresAt = options.endsOn !== tip.endsOn ? tipExpiry(options.endsOn, at) : tip.expiresAt;
		const [updated] = await tx
			.update(tips)
			.set({ ...contentColumns(options), expiresAt, updatedAt: at, updatedByAccountId: account.accountId })
			.where(eq(tips.id, tip.id))
			.returning();
		return updated;
	});
}
