// Maps domain refusals met while loading a page to the right answer: log in, the waiting page, or an error
// page with a translated sentence — never a 500.
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { isAppError } from '../errors.ts';
import { errorText } from './translate.ts';

/**
 * Runs a `load` (or a `+server.ts` handler). With `{ redirect: false }` (files, streams, calendar feeds: read by
 * apps that cannot log in), every refusal is its status and sentence, without a redirect to a page.
 */
export async function guard<T>(
	event: Pick<RequestEvent, 'url'>,
	run: () => Promise<T>,
	options: { redirect?: boolean } = {}
): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (!isAppError(e)) throw e;
		if (options.redirect !== false) {
			if (e.code === 'not_logged_in') {
				redirect(303, `/connexion?suite=${encodeURIComponent(event.url.pathname + event.url.search)}`);
			}
			if (e.code === 'membership_pending') redirect(303, '/en-attente');
		}
		error(e.status, errorText(e.code, e.params));
	}
}

/**
 * Where to go after logging in: only a path on this site (no open redirect: not `//` nor `/\`), written in visible
 * ASCII as our own links are (a line break, from a `suite` posted twice, or a NUL in a Location header is a 500).
 */
export function nextPath(url: URL, fallback = '/'): string {
	const next = url.searchParams.get('suite');
	return next && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : fallback;
}
