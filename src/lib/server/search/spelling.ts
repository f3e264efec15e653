// Misspelt searches (decision 014): when no word matches as typed, each word of 4 letters or more is replaced by
// the closest word of the network's dictionary (`search_words`: the words of its post titles and skill names)
// by trigram similarity — « jardinnage » → « jardinage » — and the search runs again with the corrected words.
import { sql } from 'drizzle-orm';
import { db, sqlRows } from '../db/client.ts';
import { foldKey, parseQuery, type SearchTerms } from './query.ts';

/** How close a dictionary word must be to replace a typed word (pg_trgm similarity, 0 to 1). */
export const CORRECTION_SIMILARITY = 0.5;
/** Shorter words are kept as typed: too few trigrams to tell a typo from another word. */
export const MIN_CORRECTED_LENGTH = 4;

/** The query with its words corrected, or null when no word has a closer spelling in the network's words. */
export async function correctSpelling(networkId: string, terms: SearchTerms): Promise<SearchTerms | null> {
	const typed = terms.words.map(foldKey);
	const candidates = typed.filter((w) => w.length >= MIN_CORRECTED_LENGTH);
	if (candidates.length === 0) return null;
	// `%` finds the candidates with the trigram index (pg_trgm's threshold, 0.3); the closest one is kept.
	const rows = await sqlRows<{ typed: string; word: string | null }>(
		db(),
		sql`select t.typed, (
				select w.word from search_words w
				where w.network_id = ${networkId} and w.word % t.typed
					and similarity(w.word, t.typed) >= ${CORRECTION_SIMILARITY}
				order by similarity(w.word, t.typed) desc, w.word
				limit 1
			) as word
		from (values ${sql.join(
			candidates.map((w) => sql`(${w}::text)`),
			sql`, `
		)}) as t(typed)`
	);
	const best = new Map(rows.map((r) => [r.typed, r.word]));
	const corrected = typed.map((w) => best.get(w) ?? w);
	if (corrected.every((w, i) => w === typed[i])) return null;
	return parseQuery(corrected.join(' '));
}
