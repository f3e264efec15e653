import { redirect } from '@sveltejs/kit';
import { isEmailLinkUsable } from '#lib/server/accounts/email-links.ts';
import { resetPassword } from '#lib/server/accounts/reset-password.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import { newPasswordInput } from '#lib/validation/accounts.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ usable: await isEmailLinkUsable(event.params.token, 'password_reset') }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, newPasswordInput, async (input) => {
			const accountId = await resetPassword({ token: event.params.token, password: input.password });
			await startSession(event.cookies, event.url, accountId);
			redirect(303, withFlash('/compte', 'motdepasse'));
		})
};
