// Every schema exported from src/lib/validation/, fed with what a browser, a script or a pasted text can post:
// control characters (NUL above all), huge texts, fields posted twice (joined by a line break, see formValues),
// missing fields, any Unicode. Whatever comes in, a schema only answers success or failure (it never throws:
// that would be a 500), every refusal is a code with a sentence in both languages, and what it lets through
// holds no NUL (PostgreSQL refuses it in text). The addresses' query schemas are read through their helpers,
// which must never throw either.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as messages from '#lib/paraglide/messages.js';
import { parseAgendaQuery } from './events.ts';
import { pageNumber } from './fields.ts';
import { parseListQuery } from './posts.ts';
import { parseReportPeriod } from './reports.ts';
import { readSearchParams } from './search.ts';

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], { eager: true });

/** Schemas read from an address by a helper tested below, whose missing fields are not form errors. */
const QUERY_SCHEMAS = new Set(['agendaQuery', 'postListQuery', 'reportPeriod', 'searchParams']);

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports)
		.filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType && !QUERY_SCHEMAS.has(entry[0]))
		.map(([name, schema]) => ({ name: `${file.slice(2)} ${name}`, schema }))
);

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** The schemas inside a schema (object fields, pipes, defaults, arrays, unions…). */
function children(def: Def): unknown[] {
	const inner = ['in', 'out', 'innerType', 'element', 'schema', 'left', 'right'].map((key) => def[key]);
	const shape = def.type === 'object' ? Object.values(def.shape as object) : [];
	const options = Array.isArray(def.options) ? def.options : [];
	return [...inner, ...shape, ...options].filter((child) => child instanceof z.ZodType);
}

/** The form's fields: those of the first object found (through pipes, refinements and defaults). */
function fieldsOf(schema: unknown): Record<string, unknown> | null {
	const def = defOf(schema);
	if (def.type === 'object') return def.shape as Record<string, unknown>;
	for (const child of children(def)) {
		const fields = fieldsOf(child);
		if (fields) return fields;
	}
	return null;
}

/** The values the schema accepts somewhere (choices, literals): random texts alone rarely reach the checks. */
function knownValues(schema: unknown, found = new Set<string>()): Set<string> {
	const def = defOf(schema);
	if (def.type === 'enum') for (const value of Object.values(def.entries as object)) found.add(String(value));
	if (def.type === 'literal') for (const value of def.values as unknown[]) found.add(String(value));
	for (const child of children(def)) knownValues(child, found);
	return found;
}

// Characters a form can carry that a schema must not choke on.
const NASTY = ['\u0000', '\u0001', '\u001f', '\u007f', '\u200b', '\ufeff', '\ud83d\ude00', '\r\n', '\t', '<', '>', '%'];

const PLAUSIBLE = [
	'',
	' ',
	'on',
	'true',
	'0',
	'12',
	'-1',
	'1e9',
	'2027-03-14T10:00',
	'2027-03-14T12:00',
	'2027-03-14',
	'2027-02-30T25:61',
	'6f1c2a4e-8b7d-4c3e-9a2f-1d5e6b7c8a9f',
	'https://exemple.org/atelier',
	'Anne Lefèvre',
	'anne@exemple.org',
	'bonjour-voisin'
];
const plausible = fc.constantFrom(...PLAUSIBLE);

/** A posted value; `known` are the values the field accepts somewhere (its choices). */
function textValue(known: string[]) {
	const base = fc.oneof(
		{ weight: known.length > 0 ? 6 : 0, arbitrary: fc.constantFrom(...known, '') },
		{ weight: 4, arbitrary: plausible },
		{ weight: 2, arbitrary: fc.uuid() },
		{ weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
		{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
		{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
		// Longer than every limit (formValues caps a field at 100,000 characters).
		{ weight: 1, arbitrary: fc.integer({ min: 41, max: 100_000 }).map((n) => 'x'.repeat(n)) }
	);
	const withNasty = fc
		.tuple(base, fc.constantFrom(...NASTY), fc.nat())
		.map(([text, nasty, at]) => text.slice(0, at % (text.length + 1)) + nasty + text.slice(at % (text.length + 1)));
	// A field posted two or three times arrives joined by line breaks (formValues).
	const repeated = fc.array(base, { minLength: 2, maxLength: 3 }).map((values) => values.join('\n'));
	return fc.oneof(
		{ weight: 5, arbitrary: base },
		{ weight: 2, arbitrary: withNasty },
		{ weight: 1, arbitrary: repeated }
	);
}

/** Values the field accepts on its own: its choices and the plausible texts it takes. */
function validChoices(field: unknown): string[] {
	const candidates = [...knownValues(field), ...PLAUSIBLE];
	return candidates.filter((value) => (field as z.ZodType).safeParse(value).success);
}

/**
 * A form as formValues gives it (each field a string): every field first given a value it accepts on its own,
 * then a few fields replaced by anything, removed, or a stray one added. Random values everywhere would stop at
 * the first field; this way the checks across fields (dates in order, a place for an event…) meet broken fields.
 */
function formRecord(fields: Record<string, unknown>) {
	const names = Object.keys(fields);
	const known = Object.fromEntries(names.map((name) => [name, [...knownValues(fields[name])]]));
	const valid = fc.record(
		Object.fromEntries(
			names.map((name) => {
				const choices = validChoices(fields[name]);
				return [name, choices.length > 0 ? fc.constantFrom(...choices) : textValue(known[name])];
			})
		)
	);
	const change = fc
		.constantFrom(...names, 'stray')
		.chain((name) => fc.tuple(fc.constant(name), fc.option(textValue(known[name] ?? []), { freq: 5 })));
	return fc.tuple(valid, fc.array(change, { maxLength: 4 })).map(([form, changes]) => {
		const posted: Record<string, string> = { ...form };
		for (const [name, value] of changes) {
			if (value === null) delete posted[name];
			else posted[name] = value;
		}
		return posted;
	});
}

/** What code outside forms may pass: arrays (repeated fields), numbers, nothing. */
const otherValue = fc.oneof(
	fc.array(fc.string(), { maxLength: 3 }),
	fc.integer(),
	fc.constant(undefined),
	fc.constant(null)
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
				parseListQuery(url);
				parseAgendaQuery(url);
				readSearchParams(url);
				parseReportPeriod(url, '2027-03-14');
				pageNumber(url.searchParams.get('page'));
			}),
			{ numRuns: RUNS }
		);
	});
});
