// Turns error and validation codes into sentences in the request's language.
import type { z } from 'zod';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { formatLimit } from '../../limits.ts';
import type { ErrorCode } from '../errors.ts';

type MessageFn = (inputs?: Record<string, string>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** The sentence of an error code; `params` fills its placeholders (AppError.params). */
export function errorText(code: ErrorCode, params: Record<string, string> = {}): string {
	return (messages[`error_${code}`] ?? m.error_unexpected)(params);
}

/** The sentence of a validation code (`invalid_<code>`); `params` fills its placeholders. */
export function validationText(code: string, params: Record<string, string> = {}): string {
	return (messages[`invalid_${code}`] ?? m.invalid_generic)(params);
}

/**
 * The sentence of a zod issue, saying the limit it broke: a `max()` fills `{max}`, a `min()` fills `{min}`, and a
 * refinement passes its own (`params: { min, max }`), so « 80 caractères au plus » comes from the schema, which
 * reads it from src/lib/limits.ts. Numbers are written as the language writes them (« 4 000 », « 4,000 »).
 */
export function issueText(issue: z.core.$ZodIssue): string {
	const locale = getLocale();
	const params: Record<string, string> = {};
	const put = (key: string, value: unknown) => {
		if (typeof value === 'number' || typeof value === 'bigint') params[key] = formatLimit(Number(value), locale);
		else if (typeof value === 'string') params[key] = value;
	};
	if (issue.code === 'custom') for (const [key, value] of Object.entries(issue.params ?? {})) put(key, value);
	if (issue.code === 'too_big') put('max', issue.maximum);
	if (issue.code === 'too_small') put('min', issue.minimum);
	return validationText(issue.message, params);
}
