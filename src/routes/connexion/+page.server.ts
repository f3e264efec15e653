import { redirect } from '@sveltejs/kit';
import { logInWithPassword } from '#lib/server/accounts/log-in-with-password.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { nextPath } from '#lib/server/web/guard.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import { logInInput } from '#lib/validation/accounts.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor) redirect(303, nextPath(url));
};

export const actions: Actions = {
	default: (event) =>
		handleForm(event, logInInput, async (input) => {
			const accountId = await logInWithPassword({ ...input, ip: event.getClientAddress() });
			await startSession(event.cookies, event.url, accountId);
			redirect(303, nextPath(event.url));
		})
};
