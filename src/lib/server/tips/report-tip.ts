import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { tipReports } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isLive } from './lifetime.ts';
import { findTipInNetwork } from './tip-access.ts';

/**
 * « Signaler »: a member reports someone else's live tip to the network's coordinators with a reason; they see
 * it at /coordination/signalements beside the reported messages (decision 018) and may hide the tip. Reporting
 * again while a report is open changes nothing.
 */
export async function reportTip(options: { actor: Actor | null; networkId: string; tipId: string; reason: string }) {
	const member = requireMember(options.actor, options.networkId);
	const tip = await findTipInNetwork(db(), options.networkId, options.tipId);
	if (!tip || !isLive(tip, now())) throw new AppError('not_found');
	if (tip.authorAccountId === member.accountId) throw new AppError('forbidden');
	await db()
		.insert(tipReports)
		.values({
			networkId: options.networkId,
			tipId: tip.id,
			reporterAccountId: member.accountId,
			reason: options.reason,
			createdAt: now()
		})
		.onConflictDoNothing();
}
