// Input that once gave an error page (issue 11): a date field empty or too long in the event forms, a NUL in a
// network's slug or a link, a one-line field posted twice. Each is now a sentence next to its field.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { signUpInput } from './accounts.ts';
import { eventInput, eventUpdateInput, moveOccurrenceInput, occurrenceAction } from './events.ts';
import { membershipDecisionInput, networkChoiceInput } from './networks.ts';
import { reportPeriod } from './reports.ts';
import { venueInput } from './venues.ts';

/** The first issue's code per field, as handleForm shows them. */
function fieldCodes(schema: z.ZodType, input: unknown): Record<string, string> {
	const result = schema.safeParse(input);
	if (result.success) return {};
	const codes: Record<string, string> = {};
	for (const issue of result.error.issues) codes[String(issue.path[0] ?? '_form')] ??= issue.message;
	return codes;
}

const event = {
	title: 'Atelier vélo',
	kind: 'workshop',
	startsAt: '2027-03-14T10:00',
	endsAt: '2027-03-14T12:00',
	capacity: '12',
	audience: 'network',
	onlineUrl: 'https://exemple.org/atelier'
};

describe('the event forms with a broken date', () => {
	it.each([
		['an empty end', { endsAt: '' }, { endsAt: 'required' }],
		['a start longer than 40 characters', { startsAt: 'x'.repeat(41) }, { startsAt: 'evt_date' }],
		['a start that is no date', { startsAt: 'demain' }, { startsAt: 'evt_date' }],
		['no end at all', { endsAt: undefined }, { endsAt: 'required' }]
	])('%s: a sentence on that field, no comparison of dates', (_case, change, expected) => {
		for (const schema of [eventInput, eventUpdateInput]) {
			expect(fieldCodes(schema, { ...event, ...change })).toEqual(expected);
		}
		const { startsAt, endsAt } = { ...event, ...change };
		expect(fieldCodes(moveOccurrenceInput, { startsAt, endsAt })).toEqual(expected);
	});

	it('still compares the dates when another field is wrong', () => {
		const codes = fieldCodes(eventInput, { ...event, title: 'x'.repeat(500), endsAt: '2027-03-14T09:00' });
		expect(codes).toEqual({ title: 'too_long', endsAt: 'evt_end_before_start' });
	});

	it('refuses a NUL in the online link and in the invitation key', () => {
		expect(fieldCodes(eventInput, { ...event, onlineUrl: 'https://exemple.org/a\u0000b' })).toEqual({
			onlineUrl: 'control_characters'
		});
		const occurrenceId = '6f1c2a4e-8b7d-4c3e-9a2f-1d5e6b7c8a9f';
		expect(fieldCodes(occurrenceAction, { occurrenceId, token: 'ab\u0000c' })).toEqual({
			token: 'control_characters'
		});
	});
});

describe('a NUL or a repeated field in the other forms', () => {
	it('is a sentence on the network chosen at sign-up and on the account page', () => {
		const person = { name: 'Nadia Haddad', email: 'nadia@exemple.org', password: 'bonjour-voisin' };
		expect(fieldCodes(signUpInput, { ...person, network: 'ab\u0000c' })).toEqual({ network: 'control_characters' });
		expect(fieldCodes(networkChoiceInput, { network: 'ab\u0000c' })).toEqual({ network: 'control_characters' });
		expect(fieldCodes(membershipDecisionInput, { account: 'x', decision: 'accept' })).toEqual({
			account: 'unknown_choice'
		});
	});

	it('refuses a one-line field posted twice (joined by a line break) but keeps line breaks in notes', () => {
		const venue = { name: 'La Cuisine', address: '3 rue des Lilas', accessNotes: 'Sonner.\nDeuxième étage.' };
		expect(fieldCodes(venueInput, venue)).toEqual({});
		expect(fieldCodes(venueInput, { ...venue, name: 'La Cuisine\nLe Jardin' })).toEqual({
			name: 'control_characters'
		});
	});

	it('does not compare report dates that are not dates', () => {
		expect(fieldCodes(reportPeriod, { du: '2027-02-30', au: '2027-01-01' })).toEqual({ du: 'rep_date' });
	});
});
