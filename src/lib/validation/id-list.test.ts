import { describe, expect, it } from 'vitest';
import { attendanceInput } from './events.ts';
import { idList } from './fields.ts';

const a = '0b6f6a52-8d8e-4a43-9a55-5c2b1f0b7f10';
const b = '9c1d7e0a-2f4b-4c8d-8e6f-1a2b3c4d5e6f';

describe('ids chosen in a form', () => {
	it('splits the repeated field, drops repeats, and needs one unless told', () => {
		expect(idList(5).parse(`${a}\n${b}\n${a}`)).toEqual([a, b]);
		expect(idList(5).safeParse('').error?.issues[0].message).toBe('choose_one');
		expect(idList(5, 0).parse('')).toEqual([]);
		expect(idList(1, 0).safeParse(`${a}\n${b}`).error?.issues[0].message).toBe('too_many');
		expect(idList(5, 0).safeParse('pas-un-id').error?.issues[0].message).toBe('unknown_choice');
	});

	it('attendance may tick nobody (everyone absent)', () => {
		expect(attendanceInput.parse({})).toEqual({ presentIds: [] });
		expect(attendanceInput.parse({ presentIds: `${a}\n${a}` })).toEqual({ presentIds: [a] });
	});
});
