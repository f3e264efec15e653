// « Rencontre faite »: a coordinator records that they met a member in person (the day, who met them, up to two
// members who vouch), which makes the member a trusted carer. A suspended carer met again is active again; the
// history keeps every meeting (decision 032).
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { childcareCarerHistory, childcareCarers } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { activeMemberIds } from '../networks/active-members.ts';
import { parisDate } from '../../paris-time.ts';
import type { CarerMeetingInput } from '../../validation/childcare.ts';

export async function recordCarerMeeting(options: { actor: Actor | null; networkId: string } & CarerMeetingInput) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const at = now();
	// A meeting is something that happened: not after today.
	if (options.metOn > parisDate(at)) throw new AppError('invalid_input', 'metOn');
	const vouchers = [options.voucher1AccountId, options.voucher2AccountId].filter((v): v is string => v !== null);
	if (new Set(vouchers).size !== vouchers.length || vouchers.includes(options.accountId)) {
		throw new AppError('care_voucher_unknown', 'voucher2AccountId');
	}
	return db().transaction(async (tx) => {
		const active = await activeMemberIds(tx, options.networkId, [options.accountId, ...vouchers]);
		if (!active.has(options.accountId)) throw new AppError('care_member_unknown', 'accountId');
		if (!vouchers.every((v) => active.has(v))) throw new AppError('care_voucher_unknown', 'voucher1AccountId');
		await tx
			.insert(childcareCarers)
			.values({ networkId: options.networkId, accountId: options.accountId, status: 'active', changedAt: at })
			.onConflictDoUpdate({
				target: [childcareCarers.networkId, childcareCarers.accountId],
				set: { status: 'active', suspendReason: '', changedAt: at }
			});
		await tx.insert(childcareCarerHistory).values({
			networkId: options.networkId,
			accountId: options.accountId,
			event: 'met',
			metOn: options.metOn,
			metByAccountId: actor.accountId,
			voucher1AccountId: options.voucher1AccountId,
			voucher2AccountId: options.voucher2AccountId,
			recordedByAccountId: actor.accountId,
			at
		});
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: 'carer_met',
			subjectAccountId: options.accountId
		});
	});
}
