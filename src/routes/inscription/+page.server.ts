import { redirect } from '@sveltejs/kit';
import { signUp } from '#lib/server/networks/sign-up.ts';
import { listNetworks } from '#lib/server/networks/find-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import { signUpInput } from '#lib/validation/accounts.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.actor) redirect(303, '/compte');
	return { networks: await listNetworks() };
};

export const actions: Actions = {
	default: (event) =>
		handleForm(event, signUpInput, async (input) => {
			const result = await signUp({
				name: input.name,
				email: input.email,
				password: input.password,
				networkSlug: input.network,
				origin: event.url.origin,
				locale: getLocale()
			});
			await startSession(event.cookies, event.url, result.accountId, result.networkId);
			redirect(303, result.status === 'pending' ? '/en-attente' : '/');
		})
};
