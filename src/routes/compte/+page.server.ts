import { redirect } from '@sveltejs/kit';
import { accountPage } from '#lib/server/accounts/account-page.ts';
import { changePassword } from '#lib/server/accounts/update-account.ts';
import { chooseNetwork } from '#lib/server/networks/choose-network.ts';
import { joinNetwork } from '#lib/server/networks/join-network.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { actorOf, visitorScopeOf } from '#lib/server/web/scope.ts';
import { sessionTokenOf } from '#lib/server/web/session-cookie.ts';
import { changePasswordInput } from '#lib/validation/accounts.ts';
import { networkChoiceInput } from '#lib/validation/networks.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await accountPage({ actor: actorOf(event) })),
		currentNetworkId: visitorScopeOf(event).networkId,
		// After a password reset (/mot-de-passe/<token>).
		passwordChanged: flashOf(event, ['motdepasse']) !== undefined
	}));

export const actions: Actions = {
	password: (event) =>
		handleForm(event, changePasswordInput, async (input) => {
			await changePassword({
				actor: actorOf(event),
				...input,
				sessionToken: sessionTokenOf(event.cookies),
				ip: event.getClientAddress()
			});
			return { passwordChanged: true };
		}),
	switch: (event) =>
		handleForm(event, networkChoiceInput, async ({ network }) => {
			await chooseNetwork({ actor: actorOf(event), sessionToken: sessionTokenOf(event.cookies), networkId: network });
			redirect(303, '/');
		}),
	join: (event) =>
		handleForm(event, networkChoiceInput, async ({ network }) => {
			const result = await joinNetwork({
				actor: actorOf(event),
				networkSlug: network,
				origin: event.url.origin,
				sessionToken: sessionTokenOf(event.cookies)
			});
			redirect(303, result.status === 'pending' ? '/en-attente' : '/');
		})
};
