// An uploaded agreement file (decision 035): a PDF recognised by its first bytes (`%PDF-`), never by its name or
// the type the browser claims. The database checks the signature and the size again.
import { AppError } from '../errors.ts';

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function isPdf(bytes: Uint8Array): boolean {
	return PDF_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** Refuses a file that is too big (`agreement_too_big`, with the limit in megabytes) or not a PDF. */
export function checkPdf(bytes: Uint8Array, maxBytes: number, field: string): void {
	if (bytes.length > maxBytes) {
		throw new AppError('agreement_too_big', field, { max: String(maxBytes / 1_000_000) });
	}
	if (!isPdf(bytes)) throw new AppError('agreement_not_pdf', field);
}

/**
 * The name the download offers: the uploaded name reduced to safe characters (a header never carries a line
 * break or a quote), ending in .pdf.
 */
export function safeFileName(name: string): string {
	const base = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\.pdf$/i, '')
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 100);
	return `${base || 'convention'}.pdf`;
}
