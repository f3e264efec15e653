// Turns error and validation codes into sentences in the request's language.
import { m } from '#lib/paraglide/messages.js';
import type { ErrorCode } from '../errors.ts';

type MessageFn = () => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

export function errorText(code: ErrorCode): string {
	return (messages[`error_${code}`] ?? m.error_unexpected)();
}

export function validationText(code: string): string {
	return (messages[`invalid_${code}`] ?? m.invalid_generic)();
}
