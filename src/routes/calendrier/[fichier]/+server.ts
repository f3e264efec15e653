// A private calendar feed (/calendrier/<token>.ics), read by calendar apps without a session (decision 023).
import { error } from '@sveltejs/kit';
import { readCalendarFeed } from '#lib/server/calendars/read-calendar-feed.ts';
import { tokenFromSegment } from '#lib/server/calendars/feed-scope.ts';
import { isAppError } from '#lib/server/errors.ts';
import { errorText } from '#lib/server/web/translate.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	try {
		const { text } = await readCalendarFeed({ token: tokenFromSegment(params.fichier), origin: url.origin });
		return new Response(text, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': 'inline; filename="agenda.ics"',
				// The URL is a secret: no shared cache keeps a copy, and no page it links to learns it.
				'cache-control': 'private, no-store',
				'referrer-policy': 'no-referrer',
				'x-content-type-options': 'nosniff',
				'x-robots-tag': 'noindex'
			}
		});
	} catch (e) {
		if (isAppError(e)) error(e.status, errorText(e.code));
		throw e;
	}
};
