import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { joinThroughLink, signUpThroughLink } from '#lib/server/invitations/join-through-link.ts';
import { openInvitationLink } from '#lib/server/invitations/open-invitation-link.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { sessionTokenOf, startSession } from '#lib/server/web/session-cookie.ts';
import { emptyInput, invitationSignUpInput } from '#lib/validation/invitations.ts';
import type { Actions, PageServerLoad } from './$types';

// The page a poster's QR code opens (decision 039). Only a GET counts as an opening: the page shown again after
// a refused form is the same visit.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const opened = await openInvitationLink({
			token: event.params.token,
			count: event.request.method === 'GET'
		});
		const actor = actorOf(event);
		const member = actor?.memberships.some((m) => m.networkId === opened.network.id) ?? false;
		return { ...opened, loggedIn: actor !== null, member, here: event.url.pathname };
	});

const afterJoining = (status: string) => redirect(303, status === 'pending' ? '/en-attente' : '/');

export const actions: Actions = {
	signup: (event) =>
		handleForm(event, invitationSignUpInput, async (input) => {
			const result = await signUpThroughLink({
				...input,
				token: event.params.token,
				origin: event.url.origin,
				locale: getLocale()
			});
			await startSession(event.cookies, event.url, result.accountId, result.networkId);
			afterJoining(result.status);
		}),
	join: (event) =>
		handleForm(event, emptyInput, async () => {
			const result = await joinThroughLink({
				actor: actorOf(event),
				token: event.params.token,
				origin: event.url.origin,
				sessionToken: sessionTokenOf(event.cookies)
			});
			afterJoining(result.status);
		})
};
