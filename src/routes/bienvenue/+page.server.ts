import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getProfile } from '#lib/server/profiles/get-profile.ts';
import { completeOnboarding, skipOnboarding } from '#lib/server/profiles/onboarding.ts';
import { ONBOARDING_QUESTIONS } from '#lib/server/profiles/onboarding-questions.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { accountOf, scopeOf } from '#lib/server/web/scope.ts';
import { onboardingInput } from '#lib/validation/onboarding.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The onboarding is always the person's own profile. */
const myProfile = (event: RequestEvent) => ({ ...scopeOf(event), accountId: accountOf(event).accountId });

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const profile = await getProfile(myProfile(event));
		const has = (list: { name: string }[], name: string) => list.some((s) => s.name === name);
		// The questions in the person's language; suggestions already on the profile come ticked.
		const questions = ONBOARDING_QUESTIONS.map((q) => ({
			id: q.id,
			question: q.question(),
			suggestions: q.suggestions.map((s) => ({
				id: s.id,
				label: s.name(),
				shared: has(profile.share, s.name({}, { locale: 'fr' })),
				learnt: has(profile.learn, s.name({}, { locale: 'fr' }))
			}))
		}));
		return { questions, onboarding: profile.onboarding, accountId: profile.accountId };
	});

export const actions: Actions = {
	save: (event) =>
		handleForm(event, onboardingInput, async (input) => {
			const me = myProfile(event);
			await completeOnboarding({ ...me, ...input });
			redirect(303, `/membres/${me.accountId}`);
		}),
	skip: (event) =>
		handleForm(event, z.object({}), async () => {
			await skipOnboarding(myProfile(event));
			redirect(303, '/');
		})
};
