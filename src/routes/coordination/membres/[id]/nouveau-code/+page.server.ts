import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { renewLoginCode } from '#lib/server/accounts/create-member-without-email.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { networkOf, scopeOf } from '#lib/server/web/scope.ts';
import type { Actions, PageServerLoad } from './$types';

// Only the POST makes sense here (it prints a new code); a visit goes back to the list. After the POST, this
// page shows the sheet or the refusal's sentence: redirecting then would lose the sentence.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		if (event.request.method !== 'POST') redirect(303, '/coordination/membres');
		return {};
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, z.object({}), async () => {
			const renewed = await renewLoginCode({ ...scopeOf(event), accountId: event.params.id });
			return {
				sheet: { name: renewed.name, code: renewed.code, network: networkOf(event).name, siteUrl: event.url.origin }
			};
		})
};
