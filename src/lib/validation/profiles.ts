import { z } from 'zod';
import { DIRECTIONS, FORMATS, SKILL_LEVELS, SLOTS } from '../profile-options.ts';
import { MAX_COUNT, MAX_LENGTH } from '../limits.ts';
import { choices, longText, shortText } from './fields.ts';

/** « français, arabe » → ['français', 'arabe']: a short list typed with commas. */
const languageList = longText(MAX_LENGTH.languagesField)
	.transform((text) => [
		...new Set(
			text
				.split(',')
				.map((l) => l.trim())
				.filter((l) => l !== '')
		)
	])
	.pipe(
		z
			.array(z.string().max(MAX_LENGTH.language, { error: 'too_long' }))
			.max(MAX_COUNT.profileLanguages, { error: 'too_many' })
	);

export const profileInput = z.object({
	neighbourhood: longText(MAX_LENGTH.neighbourhood),
	languages: languageList,
	availability: choices(SLOTS)
});

const id = z.uuid({ error: 'unknown_choice' });

export const memberSkillInput = z.object({
	direction: z.enum(DIRECTIONS, { error: 'unknown_choice' }),
	name: shortText(MAX_LENGTH.skillName),
	themeId: id,
	level: z.enum(SKILL_LEVELS, { error: 'unknown_choice' }),
	formats: choices(FORMATS).refine((list) => list.length > 0, { error: 'choose_one' })
});

export const removeMemberSkillInput = z.object({
	skillId: id,
	direction: z.enum(DIRECTIONS, { error: 'unknown_choice' })
});

export const themeNameInput = z.object({ name: shortText(MAX_LENGTH.themeName) });
export const themeInput = z.object({ themeId: id });
export const renameThemeInput = themeInput.extend(themeNameInput.shape);
export const archiveThemeInput = themeInput.extend({
	archived: z.enum(['true', 'false'], { error: 'unknown_choice' }).transform((v) => v === 'true')
});

export const mergeSkillsInput = z.object({ fromSkillId: id, intoSkillId: id });
