// The one form pattern: parse the posted fields with a zod schema, call one domain function, and on bad input
// or a refused action return the sentences to show next to each field, with what the person typed (never a
// password), so nothing is lost and nothing is written.
import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { isAppError } from '../errors.ts';
import { errorText, issueText, validationText } from './translate.ts';

export type FormErrors = Record<string, string>;
/**
 * What a refused form gives the page. `action` names the form action that ran (SvelteKit's `?/join` → 'join'), so
 * a page with several forms shows the sentences next to the one that was sent — taken from the address, not from
 * a field of the form, which a hand-made post could leave out.
 */
export type FormFailure = { errors: FormErrors; values: Record<string, string>; action?: string };

const SECRET_FIELDS = /password|code/i;
const MAX_FIELD_LENGTH = 100_000;

/**
 * The posted text fields. A name sent several times (checkboxes, multiple selects) gives its values joined by
 * a line break; `choices()` in src/lib/validation/fields.ts splits them again.
 */
export function formValues(data: Iterable<[string, FormDataEntryValue]>): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of data) {
		if (typeof value !== 'string') continue;
		const joined = key in values ? `${values[key]}\n${value}` : value;
		values[key] = joined.slice(0, MAX_FIELD_LENGTH);
	}
	return values;
}

function echo(values: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(values)
			.filter(([key]) => !SECRET_FIELDS.test(key))
			.map(([k, v]) => [k, v.slice(0, 10_000)])
	);
}

export function failWith(status: number, errors: FormErrors, values: Record<string, string> = {}, action?: string) {
	return fail(status, { errors, values: echo(values), ...(action ? { action } : {}) } satisfies FormFailure);
}

/** The named action of a form post (`?/join` → 'join'), or undefined for a page's default action. */
export function actionOf(url: URL): string | undefined {
	for (const key of url.searchParams.keys()) if (key.startsWith('/')) return key.slice(1);
	return undefined;
}

// The body can be read once: it is read here, once per request, and kept for handleForm and readUpload.
const readBodies = new WeakMap<Request, Promise<FormData | null>>();

function readBody(event: Pick<RequestEvent, 'request'>): Promise<FormData | null> {
	let body = readBodies.get(event.request);
	if (!body) {
		body = event.request.formData().catch(() => null);
		readBodies.set(event.request, body);
	}
	return body;
}

/**
 * The posted text fields (see formValues), or null when the body is not a readable form (multipart without a
 * boundary, a truncated part, a body over the size limit): every form read goes through here, so such a body
 * is a 400 with a sentence, never a 500. A route that must look at the fields before choosing its schema reads
 * them here, then calls handleForm.
 */
export async function readForm(event: Pick<RequestEvent, 'request'>): Promise<Record<string, string> | null> {
	const body = await readBody(event);
	return body && formValues(body);
}

/**
 * The bytes of a file posted in `field` (a photo), from the same reading of the body as the text fields; empty
 * when no file was sent or the body could not be read, which the domain refuses as `photo_missing`. Called
 * inside handleForm's `run`, so the text fields are valid first. The picture checks are in server/images/.
 */
export async function readUpload(event: Pick<RequestEvent, 'request'>, field: string): Promise<Uint8Array> {
	const file = (await readBody(event))?.get(field);
	return file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
}

/** The sentence for a body that is not a readable form. */
export const unreadableFormText = () => validationText('unreadable_form');

/**
 * Runs a form action. `run` receives the parsed input and returns what the page should get (or redirects).
 */
export async function handleForm<S extends z.ZodType, R>(
	event: RequestEvent,
	schema: S,
	run: (input: z.output<S>) => Promise<R>
): Promise<R | ActionFailure<FormFailure>> {
	const values = await readForm(event);
	const action = actionOf(event.url);
	if (!values) return failWith(400, { _form: unreadableFormText() }, {}, action);
	const parsed = schema.safeParse(values);
	if (!parsed.success) {
		const errors: FormErrors = {};
		for (const issue of parsed.error.issues) {
			const field = String(issue.path[0] ?? '_form');
			errors[field] ??= issueText(issue);
		}
		return failWith(400, errors, values, action);
	}
	try {
		return await run(parsed.data);
	} catch (error) {
		if (isAppError(error))
			return failWith(error.status, { [error.field ?? '_form']: errorText(error.code, error.params) }, values, action);
		throw error;
	}
}
