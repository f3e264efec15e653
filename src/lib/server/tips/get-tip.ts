import { and, count, eq } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, tipReports, tipUseful } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isLive, isRenewable } from './lifetime.ts';
import { canManageTip, findTipInNetwork } from './tip-access.ts';

export type TipState = 'live' | 'expired' | 'hidden';

/**
 * A tip's page for a member of its network: the tip, its author, how many found it useful and whether the
 * reader did, and what the reader may do. An expired or hidden tip is `not_found` for anyone but its author and
 * the coordinators (as posts, decision 013); another network's tip is `not_found` for everyone.
 */
export async function getTip(options: { actor: Actor | null; networkId: string; tipId: string }) {
	const reader = requireMember(options.actor, options.networkId);
	const tip = await findTipInNetwork(db(), options.networkId, options.tipId);
	if (!tip) throw new AppError('not_found');
	const at = now();
	const state: TipState = tip.hiddenAt ? 'hidden' : isLive(tip, at) ? 'live' : 'expired';
	const manages = canManageTip(reader, options.networkId, tip);
	if (state !== 'live' && !manages) throw new AppError('not_found');
	const mine = tip.authorAccountId === reader.accountId;

	const [[author], [useful], marked, reported] = await Promise.all([
		db().select({ name: accounts.name }).from(accounts).where(eq(accounts.id, tip.authorAccountId)),
		db().select({ count: count() }).from(tipUseful).where(eq(tipUseful.tipId, tip.id)),
		db()
			.select({ tipId: tipUseful.tipId })
			.from(tipUseful)
			.where(and(eq(tipUseful.tipId, tip.id), eq(tipUseful.accountId, reader.accountId))),
		db()
			.select({ id: tipReports.id })
			.from(tipReports)
			.where(and(eq(tipReports.tipId, tip.id), eq(tipReports.reporterAccountId, reader.accountId)))
			.limit(1)
	]);
	const { search: _search, ...fields } = tip;
	return {
		...fields,
		authorName: author?.name ?? '',
		state,
		usefulCount: useful?.count ?? 0,
		markedUseful: marked.length > 0,
		reported: reported.length > 0,
		mine,
		canEdit: manages,
		canRenew: manages && state !== 'hidden' && isRenewable(tip, at),
		canMarkUseful: !mine && state === 'live',
		canReport: !mine && state === 'live',
		canHide: isCoordinator(reader, options.networkId)
	};
}
