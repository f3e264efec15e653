import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { sqlRows, db } from '../db/client.ts';
import { parseQuery, toTsQuery } from '../search/query.ts';
import type { TipTheme } from '../../tip-options.ts';

export type TipCard = { id: string; title: string; theme: TipTheme; place: string; expiresAt: Date };

/** At most this many cards, whatever is asked: the search page shows tips as a short list beside the posts. */
const MAX_CARDS = 20;

/**
 * The network's live tips whose title or text has every word typed, best first (title before text, then the
 * newest) — the posts' French search (decision 014): the same safe query terms (search/query.ts), each word a
 * prefix, the `french_unaccent` configuration that ignores case and accents, and a GIN index on the tip's words.
 * Expired and hidden tips, and other networks', are never found. Nothing typed finds nothing.
 */
export async function searchTips(options: {
	actor: Actor | null;
	networkId: string;
	query: string;
	limit?: number;
}): Promise<TipCard[]> {
	requireMember(options.actor, options.networkId);
	const terms = parseQuery(options.query);
	if (!terms) return [];
	const limit = Math.min(Math.max(1, options.limit ?? 5), MAX_CARDS);
	const rows = await sqlRows<{ id: string; title: string; theme: TipTheme; place: string; expires_at: Date | string }>(
		db(),
		sql`with q as materialized (select to_tsquery('french_unaccent', ${toTsQuery(terms, 'all')}) as tsq)
			select t.id, t.title, t.theme, t.place, t.expires_at
			from tips t cross join q
			where t.search @@ q.tsq and t.hidden_at is null
				and t.network_id = ${options.networkId} and t.expires_at > ${now().toISOString()}::timestamptz
			order by ts_rank('{0.1, 0.2, 0.4, 1.0}', t.search, q.tsq) desc, t.created_at desc, t.id
			limit ${limit}`
	);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		theme: r.theme,
		place: r.place,
		expiresAt: new Date(r.expires_at)
	}));
}
