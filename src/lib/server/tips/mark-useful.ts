import { and, count, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { tipUseful } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isLive } from './lifetime.ts';
import { findTipInNetwork } from './tip-access.ts';

/**
 * « Utile »: a member marks a live tip of someone else as useful (`useful: true`) or takes the mark back. The form
 * posts the state wanted, not « toggle », so a double click marks once; the primary key (tip, member) keeps one
 * mark per member even when two requests arrive together. Returns the tip's count.
 */
export async function setTipUseful(options: {
	actor: Actor | null;
	networkId: string;
	tipId: string;
	useful: boolean;
}) {
	const member = requireMember(options.actor, options.networkId);
	return db().transaction(async (tx) => {
		const tip = await findTipInNetwork(tx, options.networkId, options.tipId);
		if (!tip || !isLive(tip, now())) throw new AppError('not_found');
		if (tip.authorAccountId === member.accountId) throw new AppError('forbidden');
		if (options.useful) {
			await tx
				.insert(tipUseful)
				.values({ networkId: options.networkId, tipId: tip.id, accountId: member.accountId, createdAt: now() })
				.onConflictDoNothing();
		} else {
			await tx.delete(tipUseful).where(and(eq(tipUseful.tipId, tip.id), eq(tipUseful.accountId, member.accountId)));
		}
		const [{ total }] = await tx.select({ total: count() }).from(tipUseful).where(eq(tipUseful.tipId, tip.id));
		return { useful: options.useful, count: total };
	});
}
