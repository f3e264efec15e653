// Turns what a person typed into the search box into safe search terms. Nothing typed reaches to_tsquery's
// syntax: we keep only words (letters and digits), so quotes, `&`, `|`, `!`, `:*`, parentheses or SQL can never
// make the query invalid — and PostgreSQL only ever receives them as bound parameters.
import { MAX_LENGTH } from '../../limits.ts';

/** The longest query we look at; the rest is ignored (a pasted page must not cost more than a sentence). */
export const MAX_QUERY_LENGTH = MAX_LENGTH.searchQuery;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 30;

// French grammatical words that the `french` stop list keeps (« les », « à », « cette »…): left in, they would
// make « les vélos » miss « Réparer mon vélo » since all words are required. Dropped unless nothing else is left.
const EXTRA_STOP_WORDS = new Set([
	'a',
	'les',
	'sans',
	'ils',
	'elles',
	'leurs',
	'cet',
	'cette',
	'tres',
	'plus',
	'quoi',
	'chez',
	'vers',
	'via',
	'svp',
	'merci'
]);

/** Lower case, no accents: how the database compares names (`name_key`). */
export function foldKey(value: string): string {
	return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export type SearchTerms = {
	/** The words kept, as typed (accents and all), at most 8. */
	words: string[];
};

/** The words of a query, or null when there is nothing to search for (empty, spaces, only punctuation). */
export function parseQuery(raw: string): SearchTerms | null {
	const text = raw.slice(0, MAX_QUERY_LENGTH);
	const all = (text.match(/[\p{L}\p{N}]+/gu) ?? [])
		.map((w) => w.slice(0, MAX_WORD_LENGTH))
		// One letter alone is an elision (« j'ai », « l'évier ») or noise.
		.filter((w) => w.length > 1 || /\p{N}/u.test(w));
	const meaningful = all.filter((w) => !EXTRA_STOP_WORDS.has(foldKey(w)));
	const words = [...new Set(meaningful.length > 0 ? meaningful : all)].slice(0, MAX_WORDS);
	if (words.length === 0) return null;
	return { words };
}

/**
 * Each word as to_tsquery() operands: the word as a prefix (« velo » finds « vélos »), and a word ending in s
 * or x also its singular, since the French stemmer does not always meet plural and singular (« vélos » → velos).
 * Words only contain letters and digits, so quoting them is enough to keep the syntax valid.
 */
export function tsQueryForms(terms: SearchTerms): string[][] {
	return terms.words.map((word) => {
		const forms = [word];
		if (word.length > 3 && /[sx]$/i.test(word)) forms.push(word.slice(0, -1));
		return forms.map((form) => `'${form}':*`);
	});
}

/** A to_tsquery() text: `mode: 'all'` requires every word (in one of its forms), `'any'` one of them. */
export function toTsQuery(terms: SearchTerms, mode: 'all' | 'any'): string {
	const parts = tsQueryForms(terms).map((forms) => (forms.length > 1 ? `(${forms.join(' | ')})` : forms[0]));
	return parts.join(mode === 'all' ? ' & ' : ' | ');
}
