// A referral's steps go forward only: proposée → contactée → accompagnée, or « sans suite » from an open step
// (REFERRAL_NEXT). Each step is a new row with its date and who moved it; asking for the step it is already at
// (a double click) changes nothing.
import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { partnerReferrals, partnerReferralSteps } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { REFERRAL_NEXT, type ReferralStatus } from '../../partner-options.ts';

export async function moveReferral(options: {
	actor: Actor | null;
	networkId: string;
	referralId: string;
	status: ReferralStatus;
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.referralId)) throw new AppError('not_found');
	return db().transaction(async (tx) => {
		// The row lock makes two coordinators moving the same referral take turns.
		const [referral] = await tx
			.select({ id: partnerReferrals.id, status: partnerReferrals.status, accountId: partnerReferrals.accountId })
			.from(partnerReferrals)
			.where(and(eq(partnerReferrals.networkId, options.networkId), eq(partnerReferrals.id, options.referralId)))
			.for('update');
		if (!referral) throw new AppError('not_found');
		if (referral.status === options.status) return { moved: false };
		if (!REFERRAL_NEXT[referral.status as ReferralStatus].includes(options.status)) {
			throw new AppError('referral_step_refused', 'status');
		}
		const at = now();
		await tx
			.update(partnerReferrals)
			.set({ status: options.status, updatedAt: at })
			.where(eq(partnerReferrals.id, referral.id));
		await tx
			.insert(partnerReferralSteps)
			.values({
				networkId: options.networkId,
				referralId: referral.id,
				status: options.status,
				at,
				byAccountId: actor.accountId
			})
			.onConflictDoNothing();
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: 'partner_referral_moved',
			subjectAccountId: referral.accountId,
			subjectId: referral.id,
			detail: options.status
		});
		return { moved: true };
	});
}
