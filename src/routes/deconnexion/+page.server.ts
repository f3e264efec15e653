import { redirect } from '@sveltejs/kit';
import { stopSession } from '#lib/server/web/session-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

// Logging out is a POST (a link could be followed by a prefetcher); a GET just goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ cookies }) => {
		await stopSession(cookies);
		redirect(303, '/');
	}
};
