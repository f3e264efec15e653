// The sharer hides a thank-you note from their profile, or shows it again. Only the sharer decides.
import { and, eq, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { exchangeThanks, exchanges } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export async function setThanksVisibility(options: {
	actor: Actor | null;
	networkId: string;
	exchangeId: string;
	learnerAccountId: string;
	hidden: boolean;
}) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.exchangeId) || !isUuid(options.learnerAccountId)) throw new AppError('not_found');
	const [row] = await db()
		.select({ sharerAccountId: exchanges.sharerAccountId })
		.from(exchangeThanks)
		.innerJoin(exchanges, eq(exchanges.id, exchangeThanks.exchangeId))
		.where(
			and(
				eq(exchangeThanks.exchangeId, options.exchangeId),
				eq(exchangeThanks.accountId, options.learnerAccountId),
				eq(exchangeThanks.networkId, options.networkId)
			)
		);
	if (!row) throw new AppError('not_found');
	if (row.sharerAccountId !== actor.accountId) throw new AppError('forbidden');
	const [updated] = await db()
		.update(exchangeThanks)
		.set({
			hiddenAt: options.hidden ? sql`coalesce(${exchangeThanks.hiddenAt}, ${now().toISOString()}::timestamptz)` : null
		})
		.where(
			and(eq(exchangeThanks.exchangeId, options.exchangeId), eq(exchangeThanks.accountId, options.learnerAccountId))
		)
		.returning();
	return updated;
}
