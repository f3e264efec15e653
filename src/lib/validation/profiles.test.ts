import { describe, expect, it } from 'vitest';
import { memberSkillInput, profileInput } from './profiles.ts';

const codes = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('profile input', () => {
	it('reads languages typed with commas and availability ticked as repeated fields', () => {
		const parsed = profileInput.parse({
			neighbourhood: ' Petit-Nanterre ',
			languages: 'français, arabe ,, français',
			availability: 'tue_evening\nsat_morning'
		});
		expect(parsed).toEqual({
			neighbourhood: 'Petit-Nanterre',
			languages: ['français', 'arabe'],
			availability: ['tue_evening', 'sat_morning']
		});
		expect(profileInput.parse({})).toEqual({ neighbourhood: '', languages: [], availability: [] });
	});

	it('refuses markup, an unknown slot, too many languages and a too long neighbourhood', () => {
		expect(codes(profileInput.safeParse({ neighbourhood: '<script>alert(1)</script>' }))).toEqual({
			neighbourhood: 'no_markup'
		});
		expect(codes(profileInput.safeParse({ availability: 'mon_morning\nnight' }))).toEqual({
			availability: 'unknown_choice'
		});
		const languages = Array.from({ length: 13 }, (_, i) => `langue ${i}`).join(', ');
		expect(codes(profileInput.safeParse({ languages }))).toEqual({ languages: 'too_many' });
		expect(codes(profileInput.safeParse({ neighbourhood: 'x'.repeat(81) }))).toEqual({ neighbourhood: 'too_long' });
	});
});

describe('member skill input', () => {
	const good = {
		direction: 'share',
		name: 'Réparation de vélo',
		themeId: '6f1c1b9e-8a4b-4c1e-9a59-0d6f0a3c2b11',
		level: 'advanced',
		formats: 'one_to_one\nremote'
	};

	it('accepts a skill with its level and formats', () => {
		expect(memberSkillInput.parse(good)).toMatchObject({ formats: ['one_to_one', 'remote'] });
	});

	it('refuses an empty name, no format, an unknown theme id or level', () => {
		expect(codes(memberSkillInput.safeParse({ ...good, name: '  ' }))).toEqual({ name: 'required' });
		expect(codes(memberSkillInput.safeParse({ ...good, formats: '' }))).toEqual({ formats: 'choose_one' });
		expect(codes(memberSkillInput.safeParse({ ...good, themeId: 'cuisine' }))).toEqual({ themeId: 'unknown_choice' });
		expect(codes(memberSkillInput.safeParse({ ...good, level: 'expert' }))).toEqual({ level: 'unknown_choice' });
	});
});
