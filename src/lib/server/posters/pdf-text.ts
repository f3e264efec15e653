// Writing French with pdf-lib's standard Helvetica (decision 039): it encodes WinAnsi, which has « œ », « ’ »,
// « — » and the guillemets, but not every character a coordinator may type (« ŏ », an emoji, a Cyrillic name).
// A character the font cannot draw is written without its accent, or as « ? », instead of failing the poster.
import type { PDFFont, PDFPage, RGB } from 'pdf-lib';

/** The text with only characters the font can draw. */
export function drawable(font: PDFFont, text: string): string {
	const known = new Set(font.getCharacterSet());
	return [...text.replace(/[\t\r]/g, ' ')]
		.map((char) => {
			if (char === '\n' || known.has(char.codePointAt(0)!)) return char;
			const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
			return [...bare].every((c) => known.has(c.codePointAt(0)!)) && bare !== '' ? bare : '?';
		})
		.join('');
}

/** The text cut into lines no wider than `width` (words kept whole unless one alone is too wide). */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of drawable(font, text).split('\n')) {
		let line = '';
		for (const word of paragraph.split(/ +/)) {
			const next = line ? `${line} ${word}` : word;
			if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
			else {
				lines.push(line);
				line = word;
			}
		}
		lines.push(line);
	}
	return lines;
}

/** Draws wrapped lines from `y` down; returns the y under the last line. */
export function drawLines(
	page: PDFPage,
	font: PDFFont,
	text: string,
	options: { x: number; y: number; size: number; width: number; color: RGB; maxLines?: number }
): number {
	let y = options.y;
	const lines = wrap(font, text, options.size, options.width).slice(0, options.maxLines ?? Infinity);
	for (const line of lines) {
		y -= options.size * 1.25;
		page.drawText(line, { x: options.x, y, size: options.size, font, color: options.color });
	}
	return y;
}
