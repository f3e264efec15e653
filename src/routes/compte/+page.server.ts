import { redirect } from '@sveltejs/kit';
import { changePassword } from '#lib/server/accounts/update-account.ts';
import { requireAccount } from '#lib/server/auth/policies.ts';
import { setSessionNetwork, SESSION_COOKIE } from '#lib/server/auth/sessions.ts';
import { listNetworks } from '#lib/server/networks/find-network.ts';
import { joinNetwork } from '#lib/server/networks/join-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { chooseNetwork } from '#lib/server/networks/choose-network.ts';
import { changePasswordInput } from '#lib/validation/accounts.ts';
import { networkChoiceInput } from '#lib/validation/networks.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const actor = requireAccount(event.locals.actor) as NonNullable<App.Locals['actor']>;
		const all = await listNetworks();
		const mine = actor.memberships.map((membership) => ({
			...membership,
			network: all.find((n) => n.id === membership.networkId)!
		}));
		return {
			email: actor.email,
			memberships: mine,
			currentNetworkId: event.locals.network?.id ?? null,
			joinable: all.filter((n) => !actor.memberships.some((m) => m.networkId === n.id)),
			passwordChanged: event.url.searchParams.get('motdepasse') === 'change'
		};
	});

export const actions: Actions = {
	password: (event) =>
		handleForm(event, changePasswordInput, async (input) => {
			await changePassword({
				actor: event.locals.actor,
				...input,
				sessionToken: event.cookies.get(SESSION_COOKIE),
				ip: event.getClientAddress()
			});
			return { passwordChanged: true };
		}),
	switch: (event) =>
		handleForm(event, networkChoiceInput, async ({ network }) => {
			await chooseNetwork({
				actor: event.locals.actor,
				sessionToken: event.cookies.get(SESSION_COOKIE),
				networkId: network
			});
			redirect(303, '/');
		}),
	join: (event) =>
		handleForm(event, networkChoiceInput, async ({ network }) => {
			const result = await joinNetwork({ actor: event.locals.actor, networkSlug: network, origin: event.url.origin });
			const token = event.cookies.get(SESSION_COOKIE);
			if (token) await setSessionNetwork(token, result.networkId);
			redirect(303, result.status === 'pending' ? '/en-attente' : '/');
		})
};
