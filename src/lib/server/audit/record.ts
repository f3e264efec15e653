// The journal (audit log): who did what sensitive thing, when, on whom. Rows are only ever added, in the same
// transaction as the act they describe, so an act and its trace are committed together or not at all.
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import { MAX_LENGTH } from '../../limits.ts';

/** Lower-case words joined by `_` (the table checks the same shape): `outbox_link_shown`, `network_suspended`… */
export type AuditAction = string;

export async function recordAudit(options: {
	tx?: Queryable;
	/** Null for instance-wide acts (creating, suspending or deleting a network). */
	networkId: string | null;
	/** Who did it: the person logged in (null for the system, e.g. a sweep). */
	actor: { accountId: string } | null;
	action: AuditAction;
	subjectAccountId?: string | null;
	/** The item acted on when it is not an account (an email, a network…). */
	subjectId?: string | null;
	detail?: string;
}): Promise<void> {
	await (options.tx ?? db()).insert(auditLog).values({
		networkId: options.networkId,
		actorAccountId: options.actor?.accountId ?? null,
		action: options.action,
		subjectAccountId: options.subjectAccountId ?? null,
		subjectId: options.subjectId ?? null,
		// A long subject line or name is cut rather than making the act itself fail.
		detail: (options.detail ?? '').slice(0, MAX_LENGTH.auditDetail),
		at: now()
	});
}
