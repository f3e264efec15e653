// Turns error and validation codes into sentences in the request's language.
import { m } from '#lib/paraglide/messages.js';
import type { ErrorCode } from '../errors.ts';

type MessageFn = (inputs?: Record<string, string>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

/** The sentence of an error code; `params` fills its placeholders (AppError.params). */
export function errorText(code: ErrorCode, params: Record<string, string> = {}): string {
	return (messages[`error_${code}`] ?? m.error_unexpected)(params);
}

export function validationText(code: string): string {
	return (messages[`invalid_${code}`] ?? m.invalid_generic)();
}
