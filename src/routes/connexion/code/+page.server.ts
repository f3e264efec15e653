import { redirect } from '@sveltejs/kit';
import { logInWithCode } from '#lib/server/accounts/log-in-with-code.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import { logInWithCodeInput } from '#lib/validation/accounts.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: (event) =>
		handleForm(event, logInWithCodeInput, async (input) => {
			const accountId = await logInWithCode({ code: input.code, ip: event.getClientAddress() });
			await startSession(event.cookies, event.url, accountId);
			redirect(303, '/');
		})
};
