// Highlighted fragments as data, never as HTML: ts_headline marks the matched words with two control characters
// (which a title cannot contain and which we strip from the text beforehand), and we split its output into
// `{ text, match }` parts that Svelte renders as text inside <mark>. No user text is ever rendered with {@html}.
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
