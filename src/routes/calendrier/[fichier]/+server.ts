// A private calendar feed (/calendrier/<token>.ics), read by calendar apps without a session (decision 023).
import { readCalendarFeed } from '#lib/server/calendars/read-calendar-feed.ts';
import { tokenFromSegment } from '#lib/server/calendars/feed-scope.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	// A calendar app cannot log in: a refusal is its status, never a redirect.
	guard(
		event,
		async () => {
			const token = tokenFromSegment(event.params.fichier);
			const { text } = await readCalendarFeed({ token, origin: event.url.origin });
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
		},
		{ redirect: false }
	);
