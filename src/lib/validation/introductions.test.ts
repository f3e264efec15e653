import { describe, expect, it } from 'vitest';
import { introduceInput, moveIntroductionInput } from './introductions.ts';

const id = '6f1c1b9e-8a4b-4c1e-9a59-0d6f0a3c2b11';
const codes = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('introduction inputs', () => {
	it('reads ticked members and the chosen one, ignoring « nobody » and repeats', () => {
		expect(introduceInput.parse({ accountIds: `${id}\n\n${id}` })).toEqual({ accountIds: [id] });
	});

	it('refuses nobody chosen, something that is not a member id, and unknown steps', () => {
		expect(codes(introduceInput.safeParse({ accountIds: '' }))).toEqual({ accountIds: 'choose_one' });
		expect(codes(introduceInput.safeParse({ accountIds: '<script>' }))).toEqual({ accountIds: 'unknown_choice' });
		expect(codes(moveIntroductionInput.safeParse({ introductionId: id, to: 'proposed' }))).toEqual({
			to: 'unknown_choice'
		});
	});
});
