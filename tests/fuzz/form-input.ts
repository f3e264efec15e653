// What the fuzz tests post (fast-check arbitraries): the form a zod schema reads, with some fields broken, and
// bodies that are not forms at all. Shared by the schema and route fuzz tests (Vitest) and the HTTP journey
// tests/e2e/11-malformed-input.test.ts.
import fc from 'fast-check';
import { z } from 'zod';

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
export function fieldsOf(schema: unknown): Record<string, unknown> | null {
	const def = defOf(schema);
	if (def.type === 'object') return def.shape as Record<string, unknown>;
	for (const child of children(def)) {
		const fields = fieldsOf(child);
		if (fields) return fields;
	}
	return null;
}

/** The values the schema accepts somewhere (choices, literals): random texts alone rarely reach the checks. */
export function knownValues(schema: unknown, found = new Set<string>()): Set<string> {
	const def = defOf(schema);
	if (def.type === 'enum') for (const value of Object.values(def.entries as object)) found.add(String(value));
	if (def.type === 'literal') for (const value of def.values as unknown[]) found.add(String(value));
	for (const child of children(def)) knownValues(child, found);
	return found;
}

// Characters a form can carry that a schema must not choke on.
export const NASTY = [
	'\u0000',
	'\u0001',
	'\u001f',
	'\u007f',
	'\u200b',
	'\ufeff',
	'\ud83d\ude00',
	'\r\n',
	'\t',
	'<',
	'>',
	'%'
];

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
export function textValue(known: string[]) {
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
export function formRecord(fields: Record<string, unknown>) {
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
export const otherValue = fc.oneof(
	fc.array(fc.string(), { maxLength: 3 }),
	fc.integer(),
	fc.constant(undefined),
	fc.constant(null)
);

/** The form a schema reads, some fields broken (see formRecord); for a single field, its value alone. */
export function formFor(schema: z.ZodType) {
	const fields = fieldsOf(schema);
	return fields ? formRecord(fields) : null;
}

const BOUNDARY = 'fuzz0boundary';

/** A body that is no readable form, with the content type it claims. */
export const malformedBody = fc.oneof(
	fc.record({ type: fc.constant('multipart/form-data'), body: fc.string({ maxLength: 40 }) }),
	fc.record({
		type: fc.constant(`multipart/form-data; boundary=${BOUNDARY}`),
		body: fc.constantFrom(
			'{',
			`--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"`,
			`--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${BOUNDARY}--`,
			`--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\n\u0000`
		)
	}),
	fc.record({
		type: fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-16'),
		body: fc.oneof(
			fc.constantFrom('%', '%ZZ=%00', 'title=%C3%28&title=%FF', '=&&==', 'a'.repeat(70_000) + '=b'),
			fc.string({ unit: 'binary', maxLength: 80 })
		)
	}),
	fc.record({ type: fc.constant('text/plain'), body: fc.string({ maxLength: 80 }) })
);
