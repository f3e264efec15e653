// Every schema exported from src/lib/validation/, fed with what a browser, a script or a pasted text can post:
// control characters (NUL above all), huge texts, fields posted twice (joined by a line break, see formValues),
// missing fields, any Unicode. Whatever comes in, a schema only answers success or failure (it never throws:
// that would be a 500), every refusal is a code with a sentence in both languages, and what it lets through
// holds no NUL (PostgreSQL refuses it in text). The addresses' query schemas are read through handleQuery
// (server/web/query.ts), which must never throw either.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as messages from '#lib/paraglide/messages.js';
import { issueText } from '../server/web/translate.ts';
import { fieldsOf, formRecord, knownValues, otherValue, textValue } from '../../../tests/fuzz/form-input.ts';
import { handleQuery, readQuery } from '../server/web/query.ts';
import { agendaQuery } from './events.ts';
import { postListQuery } from './posts.ts';
import { pageQuery } from './queries.ts';
import { reportQuery } from './reports.ts';
import { searchParams } from './search.ts';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });

/** Schemas read from an address (tested below through handleQuery), whose missing fields are not form errors. */
const QUERY_SCHEMAS = new Set(['agendaQuery', 'postListQuery', 'reportPeriod', 'searchParams']);

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports)
		.filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType && !QUERY_SCHEMAS.has(entry[0]))
		.map(([name, schema]) => ({ name: `${file.slice(2)} ${name}`, schema }))
);

const knownCode = (message: string) =>
	typeof (messages as Record<string, unknown>)[`invalid_${message}`] === 'function';

function nulPaths(value: unknown, path = ''): string[] {
	if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
	if (value instanceof Date || value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => nulPaths(inner, `${path}.${key}`));
}

// Passwords are hashed, never stored as text: a NUL in one does no harm.
const SECRET = /password/i;

// Parsing is fast: enough runs that whole valid forms come up, with one broken field among them.
const RUNS = 1_000;

describe('every form schema, fed with arbitrary form input', () => {
	it('finds the schemas', () => {
		expect(schemas.length).toBeGreaterThan(40);
	});

	it.each(schemas)('$name never throws and refuses only with known codes', ({ name, schema }) => {
		const fields = fieldsOf(schema);
		const input = fields ? formRecord(fields) : textValue([...knownValues(schema)]);
		fc.assert(
			fc.property(input, (value) => {
				const result = schema.safeParse(value);
				if (result.success) {
					expect(nulPaths(result.data).filter((path) => !SECRET.test(`${name}${path}`))).toEqual([]);
				} else {
					const unknown = result.error.issues.filter((issue) => !knownCode(issue.message));
					expect(unknown.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
					// A sentence that states a limit gets it from the issue (« 80 signes au plus »): never « undefined ».
					const unfilled = result.error.issues.filter((issue) => /undefined/.test(issueText(issue)));
					expect(unfilled.map((issue) => `${issue.path.join('.')}: ${issueText(issue)}`)).toEqual([]);
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it.each(schemas)('$name never throws on values code may pass', ({ schema }) => {
		const fields = fieldsOf(schema);
		const input = fields
			? fc.record(
					Object.fromEntries(
						Object.entries(fields).map(([name, field]) => [
							name,
							fc.oneof(textValue([...knownValues(field)]), otherValue)
						])
					),
					{ requiredKeys: [] }
				)
			: otherValue;
		fc.assert(
			fc.property(input, (value) => {
				expect(() => schema.safeParse(value)).not.toThrow();
			}),
			{ numRuns: 100 }
		);
	});
});

describe('the query strings of the lists, the agenda, the search and the reports', () => {
	const queryValue = fc.oneof(textValue([]), fc.constantFrom('offre', 'demande', 'atelier', '0', '2'));
	const address = fc
		.array(
			fc.tuple(fc.constantFrom('type', 'theme', 'page', 'groupe', 'q', 'format', 'quartier', 'du', 'au'), queryValue),
			{
				maxLength: 6
			}
		)
		.map((pairs) => new URL(`https://entrelien.example/liste?${new URLSearchParams(pairs)}`));

	it('reads any address without throwing', () => {
		fc.assert(
			fc.property(address, (url) => {
				// Their schemas drop what makes no sense: handleQuery never answers a 400 for them, nor throws.
				for (const schema of [postListQuery, agendaQuery, searchParams, pageQuery]) handleQuery({ url }, schema);
				readQuery({ url }, reportQuery('2027-03-14'));
			}),
			{ numRuns: RUNS }
		);
	});
});
