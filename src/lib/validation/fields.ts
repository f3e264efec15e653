// Field rules shared by forms and server. Each error message is a code; the edge shows the French (or English)
// sentence for it (messages key `invalid_<code>`), next to the field.
import { z } from 'zod';

export const validationCodes = [
	'required',
	'too_long',
	'email',
	'password_short',
	'password_long',
	'no_markup',
	'unknown_choice',
	'code_shape',
	'too_many',
	'choose_one',
	'control_characters'
] as const;
export type ValidationCode = (typeof validationCodes)[number];

const noMarkup = (value: string) => !/[<>]/.test(value);
// Control characters have no place in a name or a title (they break emails and printing).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const noControl = (value: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value);

/** A short single-line text such as a name: trimmed, required, no HTML. */
export function shortText(max: number) {
	return z
		.string({ error: 'required' })
		.trim()
		.min(1, { error: 'required' })
		.max(max, { error: 'too_long' })
		.refine(noMarkup, { error: 'no_markup' })
		.refine(noControl, { error: 'no_markup' });
}

/**
 * An optional longer text such as a description: may be empty, no HTML, line breaks and tabs but no other
 * control character (PostgreSQL refuses NUL in text: it must be a sentence next to the field, not an error page).
 */
export function longText(max: number) {
	return z
		.string()
		.trim()
		.max(max, { error: 'too_long' })
		.refine(noMarkup, { error: 'no_markup' })
		.refine(noControl, { error: 'control_characters' })
		.default('');
}

export const personName = shortText(80);

export const email = z
	.string({ error: 'required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'required' })
	.max(254, { error: 'too_long' })
	.refine((v) => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v), { error: 'email' })
	// A control character (NUL above all, which PostgreSQL refuses in text) is no part of an address.
	.refine(noControl, { error: 'email' });

export const password = z
	.string({ error: 'required' })
	.min(1, { error: 'required' })
	.min(8, { error: 'password_short' })
	.max(200, { error: 'password_long' });

export const loginCode = z
	.string({ error: 'required' })
	.trim()
	.min(1, { error: 'required' })
	.max(40, { error: 'code_shape' });

export const locale = z.enum(['fr', 'en'], { error: 'unknown_choice' });

/**
 * Several choices among fixed values, posted as repeated fields (checkboxes): see formValues in
 * src/lib/server/web/form.ts. Empty when nothing is ticked; duplicates removed.
 */
export function choices<const T extends readonly [string, ...string[]]>(allowed: T) {
	return z
		.string()
		.default('')
		.transform((value) => [...new Set(value.split('\n').filter((v) => v !== ''))])
		.pipe(z.array(z.enum(allowed, { error: 'unknown_choice' })));
}

/**
 * Ids chosen in a form (repeated fields, see formValues): at least `min` (one unless told, 0 for « none ticked »),
 * at most `max`, without repeats.
 */
export function idList(max: number, min = 1) {
	const ids = z.array(z.uuid({ error: 'unknown_choice' }));
	return z
		.string()
		.default('')
		.transform((value) => [...new Set(value.split('\n').filter((v) => v.trim() !== ''))])
		.pipe((min > 0 ? ids.min(min, { error: 'choose_one' }) : ids).max(max, { error: 'too_many' }));
}

/** A `?page=` number from an address: anything that is not a page number gives the first page. */
export function pageNumber(raw: string | null): number {
	return z.coerce
		.number()
		.int()
		.min(1)
		.max(10_000)
		.catch(1)
		.parse(raw ?? 1);
}
