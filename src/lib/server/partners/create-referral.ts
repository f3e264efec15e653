// « Orienter vers » (decision 035): a coordinator orients an active member of the network to a partner in use,
// for a need, optionally from one of the member's posts, with the member's consent recorded (the form's required
// tick). The first step, « proposée », is written with it; the journal keeps who oriented whom.
import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { partnerReferrals, partnerReferralSteps, posts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { activeMemberIds } from '../networks/active-members.ts';
import type { ReferralInput } from '../../validation/partners.ts';
import { findPartner } from './find-partner.ts';

export async function createReferral(options: { actor: Actor | null; networkId: string } & ReferralInput) {
	const actor = requireCoordinator(options.actor, options.networkId);
	// The schema requires the tick; a caller that skips it is refused here too.
	if (!options.consent) throw new AppError('referral_consent_missing', 'consent');
	const partner = await findPartner(options);
	if (!partner || partner.archivedAt) throw new AppError('partner_unknown', 'partnerId');
	const members = await activeMemberIds(db(), options.networkId, [options.accountId]);
	if (!members.has(options.accountId)) throw new AppError('referral_member_unknown', 'accountId');
	if (options.postId) {
		const [post] = await db()
			.select({ id: posts.id })
			.from(posts)
			.where(
				and(
					eq(posts.networkId, options.networkId),
					eq(posts.id, options.postId),
					eq(posts.authorAccountId, options.accountId)
				)
			);
		if (!post) throw new AppError('referral_post_unknown', 'postId');
	}
	const at = now();
	return db().transaction(async (tx) => {
		const [referral] = await tx
			.insert(partnerReferrals)
			.values({
				networkId: options.networkId,
				partnerId: partner.id,
				accountId: options.accountId,
				need: options.need,
				postId: options.postId,
				status: 'proposed',
				consentAt: at,
				createdByAccountId: actor.accountId,
				createdAt: at,
				updatedAt: at
			})
			.returning();
		await tx.insert(partnerReferralSteps).values({
			networkId: options.networkId,
			referralId: referral.id,
			status: 'proposed',
			at,
			byAccountId: actor.accountId
		});
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: 'partner_referral_created',
			subjectAccountId: options.accountId,
			subjectId: referral.id,
			detail: partner.name
		});
		return referral;
	});
}
