// What a member knows of their own trust for childcare: whether a coordinator met them, whether it is active or
// suspended (and why). Never anyone else's (decision 032).
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { carerRow } from './carer-status.ts';

export async function myCarerStatus(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const row = await carerRow(db(), options.networkId, actor.accountId);
	return row
		? { status: row.status as 'active' | 'suspended', reason: row.suspendReason }
		: { status: 'none' as const };
}
