// Maps domain refusals met while loading a page to the right answer: log in, the waiting page, or an error
// page with a translated sentence — never a 500.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { isAppError } from '../errors.ts';
import { errorText } from './translate.ts';

export async function guard<T>(event: RequestEvent, run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (!isAppError(e)) throw e;
		if (e.code === 'not_logged_in') {
			redirect(303, `/connexion?suite=${encodeURIComponent(event.url.pathname + event.url.search)}`);
		}
		if (e.code === 'membership_pending') redirect(303, '/en-attente');
		error(e.status, errorText(e.code));
	}
}

/** Where to go after logging in: only a path on this site (no open redirect). */
export function nextPath(url: URL, fallback = '/'): string {
	const next = url.searchParams.get('suite');
	return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}
