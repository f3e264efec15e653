import { z } from 'zod';
import { MAX_COUNT } from '../limits.ts';
import { idList } from './fields.ts';

export const INTRODUCTION_MOVES = ['accepted', 'met', 'done', 'cancelled', 'no_follow_up'] as const;

export const moveIntroductionInput = z.object({
	introductionId: z.uuid({ error: 'unknown_choice' }),
	to: z.enum(INTRODUCTION_MOVES, { error: 'unknown_choice' })
});

/** Members ticked (and/or chosen in a list) for a coordinator's introduction: repeated fields, see formValues. */
export const introduceInput = z.object({
	accountIds: idList(MAX_COUNT.introductionPeople)
});
