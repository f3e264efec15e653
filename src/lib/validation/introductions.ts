import { z } from 'zod';

export const INTRODUCTION_MOVES = ['accepted', 'met', 'done', 'cancelled', 'no_follow_up'] as const;

export const moveIntroductionInput = z.object({
	introductionId: z.uuid({ error: 'unknown_choice' }),
	to: z.enum(INTRODUCTION_MOVES, { error: 'unknown_choice' })
});
