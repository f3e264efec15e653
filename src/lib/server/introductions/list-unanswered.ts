import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';

/** A request nobody answered within this many days goes to the coordinators' follow-up list. */
export const UNANSWERED_AFTER_DAYS = 7;
const DAY_MS = 86_400_000;

export function isUnanswered(post: { kind: string; createdAt: Date }, introductions: number, at = now()) {
	return (
		post.kind === 'request' &&
		introductions === 0 &&
		at.getTime() - post.createdAt.getTime() >= UNANSWERED_AFTER_DAYS * DAY_MS
	);
}

/** « Demandes sans réponse »: live requests older than 7 days with no introduction at all, oldest first. */
export async function listUnansweredRequests(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const at = now();
	const before = new Date(at.getTime() - UNANSWERED_AFTER_DAYS * DAY_MS);
	const rows = await sqlRows<{
		id: string;
		title: string;
		author: string;
		author_id: string;
		created_at: Date | string;
	}>(
		db(),
		sql`select p.id, p.title, a.name as author, a.id as author_id, p.created_at
			from posts p join accounts a on a.id = p.author_account_id
			where p.network_id = ${options.networkId} and p.kind = 'request' and p.status = 'open'
				and p.expires_at > ${at.toISOString()}::timestamptz and p.created_at <= ${before.toISOString()}::timestamptz
				and not exists (select 1 from introductions i where i.post_id = p.id)
			order by p.created_at, p.id
			limit 200`
	);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		author: r.author,
		authorId: r.author_id,
		createdAt: new Date(r.created_at)
	}));
}
