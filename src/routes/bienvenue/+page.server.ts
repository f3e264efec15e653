import { redirect } from '@sveltejs/kit';
import { requireAccount } from '#lib/server/auth/policies.ts';
import { getProfile } from '#lib/server/profiles/get-profile.ts';
import { completeOnboarding, skipOnboarding } from '#lib/server/profiles/onboarding.ts';
import { ONBOARDING_QUESTIONS } from '#lib/server/profiles/onboarding-questions.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { onboardingInput } from '#lib/validation/onboarding.ts';
import { z } from 'zod';
import type { RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

function me(event: RequestEvent) {
	const networkId = currentNetworkId(event.locals);
	return { actor: event.locals.actor, networkId, accountId: requireAccount(event.locals.actor).accountId };
}

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const profile = await getProfile(me(event));
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
			const who = me(event);
			await completeOnboarding({ ...who, ...input });
			redirect(303, `/membres/${who.accountId}`);
		}),
	skip: (event) =>
		handleForm(event, z.object({}), async () => {
			await skipOnboarding(me(event));
			redirect(303, '/');
		})
};
