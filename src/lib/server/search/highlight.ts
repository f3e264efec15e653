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

function similarity(ta: Set<string>, b: string): number {
	const tb = trigrams(b);
	let common = 0;
	for (const t of ta) if (tb.has(t)) common++;
	return common / (ta.size + tb.size - common);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A highlighter for the results of one typo search (see highlightSimilar). The query's trigrams are computed
 * once and each distinct word's verdict is kept, since the titles and excerpts of a page repeat many words:
 * the same parts as calling highlightSimilar on each text, for a tenth of the CPU time.
 */
export function similarHighlighter(words: string[]): (text: string) => Part[] {
	const keys = words.map(foldKey).map((k) => ({ k, grams: trigrams(k) }));
	const verdicts = new Map<string, boolean>();
	const matches = (piece: string): boolean => {
		let match = verdicts.get(piece);
		if (match === undefined) {
			const key = foldKey(piece);
			match =
				WORD_CHAR.test(piece) &&
				key.length > 1 &&
				keys.some(({ k, grams }) => (k.length > 2 && key.startsWith(k)) || similarity(grams, key) >= 0.5);
			verdicts.set(piece, match);
		}
		return match;
	};
	return (text) => {
		const parts: Part[] = [];
		for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
			if (piece === '') continue;
			const match = matches(piece);
			const last = parts.at(-1);
			if (last && last.match === match) last.text += piece;
			else parts.push({ text: piece, match });
		}
		return parts;
	};
}

/**
 * Highlights the words of a text that look like one of the query's words (for results found by trigram
 * similarity, where ts_headline has no lexeme to mark): same start, or close enough (« jardinnage » → jardinage).
 */
export function highlightSimilar(text: string, words: string[]): Part[] {
	return similarHighlighter(words)(text);
}
