// Coordinators suspend a trusted carer (with a reason the carer reads) and restore them. The carer at once stops
// seeing requests; offers already made stay, but a suspended carer cannot be chosen (decision 032).
import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { recordAudit } from '../audit/record.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { childcareCarerHistory, childcareCarers } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

type Change = { actor: Actor | null; networkId: string; accountId: string };

export function suspendCarer(options: Change & { reason: string }) {
	return changeStatus(options, 'suspended', options.reason);
}

export function restoreCarer(options: Change) {
	return changeStatus(options, 'active', '');
}

async function changeStatus(options: Change, status: 'active' | 'suspended', reason: string) {
	const actor = requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.accountId)) throw new AppError('care_member_unknown', 'accountId');
	const at = now();
	return db().transaction(async (tx) => {
		const [changed] = await tx
			.update(childcareCarers)
			.set({ status, suspendReason: reason, changedAt: at })
			.where(
				and(
					eq(childcareCarers.networkId, options.networkId),
					eq(childcareCarers.accountId, options.accountId),
					eq(childcareCarers.status, status === 'active' ? 'suspended' : 'active')
				)
			)
			.returning();
		if (!changed) throw new AppError('care_not_trusted', 'accountId');
		await tx.insert(childcareCarerHistory).values({
			networkId: options.networkId,
			accountId: options.accountId,
			event: status === 'active' ? 'restored' : 'suspended',
			reason,
			recordedByAccountId: actor.accountId,
			at
		});
		await recordAudit({
			tx,
			networkId: options.networkId,
			actor,
			action: status === 'active' ? 'carer_restored' : 'carer_suspended',
			subjectAccountId: options.accountId,
			detail: reason
		});
	});
}
