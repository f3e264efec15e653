// The address's query string, read like a posted form (issue 12): one zod schema per page, typed values out.
// Addresses are shared and typed by hand, so the schemas drop a value that makes no sense (`.catch`) rather than
// refuse it; a schema that does refuse gets a 400 with its sentence, never a 500.
import { error, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { formValues, type FormErrors } from './form.ts';
import { issueText } from './translate.ts';

type WithUrl = Pick<RequestEvent, 'url'>;

/** The query's fields as text: a name given several times has its values joined by a line break, as in forms. */
export function queryValues(url: URL): Record<string, string> {
	return formValues(url.searchParams);
}

/** The query parsed by `schema`; a value the schema refuses is a 400 with the sentence of its first issue. */
export function handleQuery<S extends z.ZodType>(event: WithUrl, schema: S): z.output<S> {
	const parsed = schema.safeParse(queryValues(event.url));
	if (!parsed.success) error(400, issueText(parsed.error.issues[0]));
	return parsed.data;
}

export type QueryResult<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; values: Record<string, string>; errors: FormErrors };

/**
 * For a page whose form is its query (a GET form, like the report's period): the typed values, or what was typed
 * and one sentence per field, to show on the page as a posted form would.
 */
export function readQuery<S extends z.ZodType>(event: WithUrl, schema: S): QueryResult<z.output<S>> {
	const values = queryValues(event.url);
	const parsed = schema.safeParse(values);
	if (parsed.success) return { ok: true, data: parsed.data, values };
	const errors: FormErrors = {};
	for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_form')] ??= issueText(issue);
	return { ok: false, values, errors };
}
