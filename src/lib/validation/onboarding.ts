import { z } from 'zod';

/** The ids of the onboarding suggestions (src/lib/server/profiles/onboarding-questions.ts): checked there. */
const suggestionIds = z
	.string()
	.default('')
	.transform((value) => [...new Set(value.split('\n').filter((v) => v !== ''))])
	.pipe(z.array(z.string().regex(/^[a-z_]{1,40}$/, { error: 'unknown_choice' })).max(40, { error: 'too_many' }));

export const onboardingInput = z.object({ share: suggestionIds, learn: suggestionIds });
