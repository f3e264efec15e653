import { z } from 'zod';

export const INTRODUCTION_MOVES = ['accepted', 'met', 'done', 'cancelled', 'no_follow_up'] as const;

export const moveIntroductionInput = z.object({
	introductionId: z.uuid({ error: 'unknown_choice' }),
	to: z.enum(INTRODUCTION_MOVES, { error: 'unknown_choice' })
});

/** Members ticked (and/or chosen in a list) for a coordinator's introduction: repeated fields, see formValues. */
export const introduceInput = z.object({
	accountIds: z
		.string()
		.default('')
		.transform((value) => [...new Set(value.split('\n').filter((v) => v !== ''))])
		.pipe(
			z
				.array(z.uuid({ error: 'unknown_choice' }))
				.min(1, { error: 'choose_one' })
				.max(20, { error: 'too_many' })
		)
});
