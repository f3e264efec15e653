// A refusal's sentence states the limit the schema holds (src/lib/limits.ts), written as the language writes
// numbers: the message has a placeholder, the number comes from the zod issue (issue 12).
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { overwriteGetLocale } from '#lib/paraglide/runtime.js';
import { MAX_COUNT, MAX_LENGTH } from '../../limits.ts';
import { eventInput } from '../../validation/events.ts';
import { reciprocityInput, recordExchangeInput } from '../../validation/exchanges.ts';
import { longText, personName } from '../../validation/fields.ts';
import { issueText } from './translate.ts';

/** The sentence of the first issue on `field` (or of the value itself when no field is given). */
function sentence(schema: z.ZodType, value: unknown, field?: string): string {
	const parsed = schema.safeParse(value);
	if (parsed.success) throw new Error('accepted');
	const issue = parsed.error.issues.find((i) => field === undefined || i.path[0] === field);
	if (!issue) throw new Error(`no issue on ${field}`);
	return issueText(issue);
}

const ids = (n: number) =>
	Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('sentences that state a limit', () => {
	afterAll(() => overwriteGetLocale(() => 'fr'));

	it('say the most characters of the field that refused the text, in French', () => {
		overwriteGetLocale(() => 'fr');
		expect(sentence(personName, 'a'.repeat(MAX_LENGTH.personName + 1))).toBe(
			'Ce texte est trop long : 80 signes au plus. Raccourcissez-le.'
		);
		// French groups thousands with a narrow no-break space.
		expect(sentence(longText(MAX_LENGTH.postDescription), 'a'.repeat(5000))).toBe(
			'Ce texte est trop long : 4\u202f000 signes au plus. Raccourcissez-le.'
		);
	});

	it('write numbers the English way in English', () => {
		overwriteGetLocale(() => 'en');
		expect(sentence(longText(MAX_LENGTH.postDescription), 'a'.repeat(5000))).toBe(
			'This text is too long: 4,000 characters at most. Shorten it.'
		);
	});

	it('give both bounds of a range, whichever check refused', () => {
		overwriteGetLocale(() => 'fr');
		const exchange = { sharerAccountId: ids(1)[0], learnerAccountIds: ids(2)[1], skillId: ids(3)[2] };
		for (const minutes of ['3', '721', 'une heure']) {
			expect(sentence(recordExchangeInput, { ...exchange, occurredOn: '2027-01-05', minutes }, 'minutes')).toBe(
				'Indiquez une durée entre 5 min et 12 h.'
			);
		}
		for (const capacity of ['0', '10001', 'beaucoup', undefined]) {
			expect(sentence(eventInput, { capacity }, 'capacity')).toBe(
				'Indiquez un nombre entier de places, entre 1 et 10\u202f000.'
			);
		}
		expect(sentence(reciprocityInput, { reciprocityMode: 'time_bank', debtLimitHours: '5000' }, 'debtLimitHours')).toBe(
			"Indiquez un nombre d'heures entre 0 et 1\u202f000, ou laissez vide."
		);
	});

	it('say how many items a list may hold', () => {
		overwriteGetLocale(() => 'fr');
		const exchange = { sharerAccountId: ids(1)[0], skillId: ids(1)[0], occurredOn: '2027-01-05', minutes: '60' };
		const learners = ids(MAX_COUNT.exchangeLearners + 1).join('\n');
		expect(sentence(recordExchangeInput, { ...exchange, learnerAccountIds: learners }, 'learnerAccountIds')).toBe(
			'Il y en a trop : 30 au plus. Gardez les plus importants.'
		);
	});
});
