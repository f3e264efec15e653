// CSV for spreadsheets (decision 034): a BOM so Excel reads UTF-8, `;`-free (commas, quoted cells), line ends CRLF
// (RFC 4180), and formula injection guarded — a cell starting with = + - @ (or a tab or carriage return) is
// prefixed with an apostrophe, so a skill named « =HYPERLINK(…) » stays text in the sheet.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: (string | number)[][]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
