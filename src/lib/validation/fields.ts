// Field rules shared by forms and server. Each error message is a code; the edge shows the French (or English)
// sentence for it (messages key `invalid_<code>`), next to the field.
import { z } from 'zod';
import { MAX_LENGTH, MIN_LENGTH } from '../limits.ts';

const noMarkup = (value: string) => !/[<>]/.test(value);
// Control characters have no place in a text (PostgreSQL refuses NUL in text; the others break emails and
// printing); tab and line breaks are typed characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const noControl = (value: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value);
// A one-line field (an <input>) never holds a line break: one comes from a crafted request or a name posted twice
// (formValues joins repeated fields with a line break).
const oneLine = (value: string) => !/[\r\n]/.test(value);

/**
 * The rule under every text a form posts: a string, trimmed, at most `max` characters, without control
 * characters (a pasted NUL is a sentence next to the field, never an error page). At least one character
 * unless `optional` (may be empty; add `.default('')` when the field may be missing). `tooLong` names the
 * sentence for a text over `max`.
 */
export function text(max: number, options: { optional?: boolean; tooLong?: string } = {}) {
	const trimmed = z.string({ error: 'required' }).trim();
	const sized = (options.optional ? trimmed : trimmed.min(1, { error: 'required' })).max(max, {
		error: options.tooLong ?? 'too_long'
	});
	return sized.refine(noControl, { error: 'control_characters' });
}

/** A short single-line text such as a name: trimmed, required, no HTML, no line break. */
export function shortText(max: number) {
	return text(max).refine(noMarkup, { error: 'no_markup' }).refine(oneLine, { error: 'control_characters' });
}

/** An optional longer text such as a description: may be empty, no HTML, line breaks and tabs allowed. */
export function longText(max: number) {
	return text(max, { optional: true }).refine(noMarkup, { error: 'no_markup' }).default('');
}

export const personName = shortText(MAX_LENGTH.personName);

export const email = z
	.string({ error: 'required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'required' })
	.max(MAX_LENGTH.email, { error: 'too_long' })
	.refine((v) => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v), { error: 'email' })
	// A control character (NUL above all, which PostgreSQL refuses in text) is no part of an address.
	.refine(noControl, { error: 'email' });

export const password = z
	.string({ error: 'required' })
	.min(1, { error: 'required' })
	.min(MIN_LENGTH.password, { error: 'password_short' })
	.max(MAX_LENGTH.password, { error: 'password_long' });

export const loginCode = text(MAX_LENGTH.loginCode, { tooLong: 'code_shape' });

/**
 * A whole number typed in a field, within `range` (both bounds included). Every refusal (empty, not a whole number,
 * out of range) is `code`, with the bounds for its sentence (« entre {min} et {max} »).
 */
export function wholeNumber(range: { readonly min: number; readonly max: number }, code: string) {
	const inRange = (value: string) => /^\d{1,9}$/.test(value) && +value >= range.min && +value <= range.max;
	// A missing field is an empty one: its sentence says the range too.
	return z
		.unknown()
		.transform((value) => (typeof value === 'string' ? value.trim() : ''))
		.refine(inRange, { error: code, params: { ...range } })
		.transform(Number);
}

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

/**
 * For a check across fields (`.superRefine(check, whenValid('startsAt', 'endsAt'))`). Zod 4 still runs an
 * object's refinement after a field failed a check (too long, required…), with that field's raw value or with no
 * value at all: the check would compare a string as a date and crash. It runs only once the fields it reads are valid.
 */
export function whenValid(...fields: string[]) {
	return {
		// An issue without a path is the object's own (not an object at all): nothing to compare then either.
		when: (payload: z.core.ParsePayload) =>
			!payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0])))
	};
}

/**
 * A calendar day as a person types it where the browser shows a plain text box instead of a date picker: the
 * hints ask for jj/mm/aaaa (docs/writing.md), date pickers post aaaa-mm-jj. « 21/11/2026 », « 1/2/2027 » or
 * « 21.11.2026 » become « 2026-11-21 »; anything else is left as typed, for the schema's own check to refuse.
 */
export function typedDay(value: string): string {
	const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
	if (!match) return value;
	return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}
