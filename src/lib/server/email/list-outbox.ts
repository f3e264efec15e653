import { desc } from 'drizzle-orm';
import { requireInstanceAdmin, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { emails } from '../db/schema/index.ts';

export const OUTBOX_PAGE_SIZE = 50;

/** The latest emails of the instance, for its administrator. */
export async function listOutbox({ actor, page = 1 }: { actor: Actor | null; page?: number }) {
	requireInstanceAdmin(actor);
	const rows = await db()
		.select()
		.from(emails)
		.orderBy(desc(emails.createdAt))
		.limit(OUTBOX_PAGE_SIZE + 1)
		.offset((Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE);
	return { emails: rows.slice(0, OUTBOX_PAGE_SIZE), hasMore: rows.length > OUTBOX_PAGE_SIZE };
}
