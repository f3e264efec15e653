import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { stopSession } from '#lib/server/web/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

// Logging out is a POST (a link could be followed by a prefetcher); a GET just goes home.
export const load: PageServerLoad = (event) => guard(event, async () => redirect(303, '/'));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, z.object({}), async () => {
			await stopSession(event.cookies);
			redirect(303, '/');
		})
};
