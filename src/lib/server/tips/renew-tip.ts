import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { tips } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isRenewable, tipExpiry } from './lifetime.ts';
import { loadManageableTip } from './tip-access.ts';

/**
 * The author (or a coordinator) prolongs a tip, expired or not, by a full lifetime from its expiry (or from now
 * if that has passed) — as posts are prolonged (decision 013): from the week before the expiry on, so a second
 * click finds it done and changes nothing; the update is conditional on the expiry read, so two clicks at once
 * prolong once. A tip with an end date is prolonged by changing its end date (`tip_dated`); a hidden one not at all.
 */
export async function renewTip(options: { actor: Actor | null; networkId: string; tipId: string }) {
	return db().transaction(async (tx) => {
		const { account, tip } = await loadManageableTip(tx, options);
		if (tip.hiddenAt) throw new AppError('tip_hidden');
		if (tip.endsOn) throw new AppError('tip_dated');
		const at = now();
		if (!isRenewable(tip, at)) return { renewed: false, expiresAt: tip.expiresAt };
		const from = tip.expiresAt.getTime() > at.getTime() ? tip.expiresAt : at;
		const [renewed] = await tx
			.update(tips)
			.set({ expiresAt: tipExpiry(null, from), updatedAt: at, updatedByAccountId: account.accountId })
			.where(and(eq(tips.id, tip.id), eq(tips.expiresAt, tip.expiresAt)))
			.returning({ expiresAt: tips.expiresAt });
		if (renewed) return { renewed: true, expiresAt: renewed.expiresAt };
		const [current] = await tx.select({ expiresAt: tips.expiresAt }).from(tips).where(eq(tips.id, tip.id));
		return { renewed: false, expiresAt: current.expiresAt };
	});
}
