// /admin/courriels: what the instance sent, for its administrator. Who, when, subject and status — never the
// body. A body may hold a live log-in or reset link of any network's member (issue 11): reading it would let the
// administrator act as that person. The body is not even selected, so no page can show it by mistake.
import { desc } from 'drizzle-orm';
import { requireInstanceAdmin, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { emails } from '../db/schema/index.ts';

export const OUTBOX_PAGE_SIZE = 50;

/** The latest emails of the instance, for its administrator. */
export async function listOutbox({ actor, page = 1 }: { actor: Actor | null; page?: number }) {
	requireInstanceAdmin(actor);
	const rows = await db()
		.select({
			id: emails.id,
			toAddress: emails.toAddress,
			subject: emails.subject,
			status: emails.status,
			attempts: emails.attempts,
			createdAt: emails.createdAt,
			sentAt: emails.sentAt
		})
		.from(emails)
		.orderBy(desc(emails.createdAt), desc(emails.id))
		.limit(OUTBOX_PAGE_SIZE + 1)
		.offset((Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE);
	return { emails: rows.slice(0, OUTBOX_PAGE_SIZE), hasMore: rows.length > OUTBOX_PAGE_SIZE };
}
