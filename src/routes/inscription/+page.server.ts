import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { listNetworks } from '#lib/server/networks/find-network.ts';
import { signUp } from '#lib/server/networks/sign-up.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import { signUpInput } from '#lib/validation/accounts.ts';
import type { Actions, PageServerLoad } from './$types';

// Someone already logged in joins other networks from their account page.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		if (actorOf(event)) redirect(303, '/compte');
		return { networks: await listNetworks() };
	});

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
