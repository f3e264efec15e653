import { redirect } from '@sveltejs/kit';
import { createChallenge } from '#lib/server/challenges/create-challenge.ts';
import { newChallengePage } from '#lib/server/challenges/new-challenge-page.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { challengeInput } from '#lib/validation/challenges.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const theGroup = (event: RequestEvent) => ({ ...scopeOf(event), groupId: event.params.id });

// Only those who may write a défi reach the form: the group's members and coordinators.
export const load: PageServerLoad = (event) => guard(event, () => newChallengePage(theGroup(event)));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, challengeInput, async (input) => {
			const challenge = await createChallenge({ ...theGroup(event), ...input });
			redirect(303, withFlash(`/groupes/${event.params.id}/defis/${challenge.id}`, 'cree'));
		})
};
