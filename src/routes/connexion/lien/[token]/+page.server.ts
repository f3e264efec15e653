import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { isEmailLinkUsable } from '#lib/server/accounts/email-links.ts';
import { logInWithMagicLink } from '#lib/server/accounts/magic-link.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only shows a button: mail scanners that follow links must not use it up.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ usable: await isEmailLinkUsable(event.params.token, 'magic_link') }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, z.object({}), async () => {
			const accountId = await logInWithMagicLink({ token: event.params.token });
			await startSession(event.cookies, event.url, accountId);
			redirect(303, '/');
		})
};
