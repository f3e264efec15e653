// Highlighted fragments as data, never as HTML: ts_headline marks the matched words with two control characters
// (which a title cannot contain and which we strip from the text beforehand), and we split its output into
// `{ text, match }` parts that Svelte renders as text inside <mark>. No user text is ever rendered with {@html}.
import { foldKey } from './query.ts';

export type Part = { text: string; match: boolean };

export const START = '\u0001';
export const STOP = '\u0002';
/** Removes the markers from a text before it is highlighted, so a text can never fake a highlight. */
export const MARKERS = START + STOP;

/** Splits ts_headline's output (with START/STOP markers) into parts; adjacent parts of a kind are merged. */
export function splitMarked(marked: string): Part[] {
	const parts: Part[] = [];
	let match = false;
	let text = '';
	const flush = () => {
		if (text === '') return;
		const last = parts.at(-1);
		if (last && last.match === match) last.text += text;
		else parts.push({ text, match });
		text = '';
	};
	for (const char of marked) {
		if (char === START || char === STOP) {
			flush();
			match = char === START;
		} else text += char;
	}
	flush();
	return parts;
}

/** pg_trgm's trigrams of one word: lower case, padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
	const padded = `  ${word} `;
	const set = new Set<string>();
	for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
	return set;
}

function similarity(a: string, b: string): number {
	const ta = trigrams(a);
	const tb = trigrams(b);
	let common = 0;
	for (const t of ta) if (tb.has(t)) common++;
	return common / (ta.size + tb.size - common);
}

/**
 * Highlights the words of a text that look like one of the query's words (for results found by trigram
 * similarity, where ts_headline has no lexeme to mark): same start, or close enough (« jardinnage » → jardinage).
 */
export function highlightSimilar(text: string, words: string[]): Part[] {
	const keys = words.map(foldKey);
	const parts: Part[] = [];
	for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
		if (piece === '') continue;
		const key = foldKey(piece);
		const match =
			/[\p{L}\p{N}]/u.test(piece) &&
			key.length > 1 &&
			keys.some((k) => (k.length > 2 && key.startsWith(k)) || similarity(k, key) >= 0.5);
		const last = parts.at(-1);
		if (last && last.match === match) last.text += piece;
		else parts.push({ text: piece, match });
	}
	return parts;
}
