import { describe, expect, it } from 'vitest';
import { validationText } from '../server/web/translate.ts';
import { formatMinutes, reciprocityInput, recordExchangeInput } from './exchanges.ts';

const ids = {
	sharer: '0b6f3a52-3f5e-4a51-9d7e-0a0c6a1f0001',
	learner: '0b6f3a52-3f5e-4a51-9d7e-0a0c6a1f0002',
	skill: '0b6f3a52-3f5e-4a51-9d7e-0a0c6a1f0003'
};
const form = {
	sharerAccountId: ids.sharer,
	learnerAccountIds: ids.learner,
	skillId: ids.skill,
	occurredOn: '2026-11-21',
	minutes: '90'
};

function errorsOf(values: Record<string, string>) {
	const parsed = recordExchangeInput.safeParse(values);
	if (parsed.success) return {};
	return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe('the exchange form', () => {
	it('reads a well-filled form: several learners, minutes as a number, no post', () => {
		const parsed = recordExchangeInput.parse({ ...form, learnerAccountIds: `${ids.learner}\n${ids.skill}` });
		expect(parsed).toMatchObject({ minutes: 90, learnerAccountIds: [ids.learner, ids.skill], postId: null });
	});

	it('reads a day typed as the hint asks (jj/mm/aaaa), as a date picker sends it (aaaa-mm-jj)', () => {
		expect(recordExchangeInput.parse({ ...form, occurredOn: '21/11/2026' }).occurredOn).toBe('2026-11-21');
		expect(recordExchangeInput.parse({ ...form, occurredOn: '1/2/2026' }).occurredOn).toBe('2026-02-01');
		expect(recordExchangeInput.parse(form).occurredOn).toBe('2026-11-21');
	});

	it.each([
		['0 minutes', { minutes: '0' }, 'minutes', 'exch_minutes'],
		['10 000 minutes', { minutes: '10000' }, 'minutes', 'exch_minutes'],
		['minutes in words', { minutes: 'une heure' }, 'minutes', 'exch_minutes'],
		['no learner', { learnerAccountIds: '' }, 'learnerAccountIds', 'choose_one'],
		['a date that does not exist', { occurredOn: '2026-02-30' }, 'occurredOn', 'exch_date'],
		['a typed date that does not exist', { occurredOn: '30/02/2026' }, 'occurredOn', 'exch_date'],
		['a date written month first', { occurredOn: '11/21/2026' }, 'occurredOn', 'exch_date'],
		['no skill', { skillId: '' }, 'skillId', 'required']
	])('refuses %s with a French sentence next to the field', (_, bad, field, code) => {
		const errors = errorsOf({ ...form, ...bad });
		expect(errors[field]).toBe(code);
		expect(validationText(code)).toMatch(/[a-zé]/);
		expect(validationText(code)).not.toBe(validationText('generic'));
	});

	it('reads the reciprocity settings: hours, empty for no limit', () => {
		expect(
			reciprocityInput.parse({ reciprocityMode: 'time_bank', debtLimitHours: '10', creditLimitHours: '' })
		).toEqual({ reciprocityMode: 'time_bank', debtLimitHours: 10, creditLimitHours: null });
		expect(reciprocityInput.safeParse({ reciprocityMode: 'barter' }).success).toBe(false);
		expect(reciprocityInput.safeParse({ reciprocityMode: 'open', debtLimitHours: '-3' }).success).toBe(false);
		expect(reciprocityInput.safeParse({ reciprocityMode: 'open', creditLimitHours: '5000' }).success).toBe(false);
	});

	it('writes durations as people say them', () => {
		expect([45, 60, 90, 720, -150].map(formatMinutes)).toEqual(['45 min', '1 h', '1 h 30', '12 h', '−2 h 30']);
	});
});
