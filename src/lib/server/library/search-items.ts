// Finding items by name or category (decision 030), for the one search box (/recherche): every word typed must
// appear in the item's name or category, compared without case or accents like the posts' search (query.ts); a
// plural finds the singular (« perceuses » → « perceuse »). Returns small cards.
import { and, or, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { spaceResources } from '../db/schema/index.ts';
import { foldKey, parseQuery } from '../search/query.ts';
import { catalogueRows } from './catalogue-rows.ts';

const MAX_LIMIT = 50;

/** The word and, for a French plural, its singular: the forms any of which may match. */
function formsOf(word: string): string[] {
	const folded = foldKey(word);
	return folded.length > 3 && /[sx]$/.test(folded) ? [folded, folded.slice(0, -1)] : [folded];
}

export async function searchItems(options: { actor: Actor | null; networkId: string; query: string; limit?: number }) {
	const actor = requireMember(options.actor, options.networkId);
	const terms = parseQuery(options.query);
	if (!terms) return [];
	// Words hold only letters and digits (parseQuery), so they are safe inside a LIKE pattern.
	const wordMatches = terms.words.map((word) =>
		or(
			...formsOf(word).map(
				(form) =>
					sql`(${spaceResources.nameKey} like ${`%${form}%`} or name_key(${spaceResources.category}) like ${`%${form}%`})`
			)
		)
	);
	const rows = await catalogueRows({
		actor,
		networkId: options.networkId,
		where: and(...wordMatches),
		limit: Math.min(Math.max(options.limit ?? 10, 1), MAX_LIMIT)
	});
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		category: r.category,
		state: r.state,
		dueOn: r.dueOn,
		link: `/espace/objets/${r.id}`
	}));
}
