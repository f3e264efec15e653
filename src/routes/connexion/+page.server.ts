import { redirect } from '@sveltejs/kit';
import { logInWithPassword } from '#lib/server/accounts/log-in-with-password.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard, nextPath } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import { logInInput } from '#lib/validation/accounts.ts';
import type { Actions, PageServerLoad } from './$types';

// Someone already logged in goes where they were headed.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		if (actorOf(event)) redirect(303, nextPath(event.url));
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, logInInput, async (input) => {
			const accountId = await logInWithPassword({ ...input, ip: event.getClientAddress() });
			await startSession(event.cookies, event.url, accountId);
			redirect(303, nextPath(event.url));
		})
};
