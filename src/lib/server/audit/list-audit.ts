// The journal of one network, for its coordinators: what was done, by whom, on whom, newest first.
import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, auditLog } from '../db/schema/index.ts';

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
	id: string;
	at: Date;
	action: string;
	detail: string;
	/** Null when the account was deleted since (the row stays). */
	actorName: string | null;
	subjectName: string | null;
};

export async function listAuditLog(options: {
	actor: Actor | null;
	networkId: string;
	page?: number;
}): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
	requireCoordinator(options.actor, options.networkId);
	const doer = alias(accounts, 'doer');
	const subject = alias(accounts, 'subject');
	const page = Math.max(1, options.page ?? 1);
	const rows = await db()
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			detail: auditLog.detail,
			actorName: doer.name,
			subjectName: subject.name
		})
		.from(auditLog)
		.leftJoin(doer, eq(doer.id, auditLog.actorAccountId))
		.leftJoin(subject, eq(subject.id, auditLog.subjectAccountId))
		.where(eq(auditLog.networkId, options.networkId))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE + 1)
		.offset((page - 1) * AUDIT_PAGE_SIZE);
	return { entries: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}
