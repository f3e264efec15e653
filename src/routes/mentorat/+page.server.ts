import { redirect } from '@sveltejs/kit';
import { mentoringOverview } from '#lib/server/mentoring/overview.ts';
import { closeRequest } from '#lib/server/mentoring/requests.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { accountOf, scopeOf, visitorScopeOf } from '#lib/server/web/scope.ts';
import { mentoringRequestIdInput } from '#lib/validation/mentoring.ts';
import type { Actions, PageServerLoad } from './$types';

// Mentors have no network in their session (no membership): the page reads their mentor rows from the account.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await mentoringOverview({ actor: accountOf(event), networkId: visitorScopeOf(event).networkId })),
		done: flashOf(event, ['demande', 'quitte', 'retiree'])
	}));

export const actions: Actions = {
	close: (event) =>
		handleForm(event, mentoringRequestIdInput, async (input) => {
			await closeRequest({ ...scopeOf(event), requestId: input.requestId });
			redirect(303, withFlash('/mentorat', 'retiree'));
		})
};
