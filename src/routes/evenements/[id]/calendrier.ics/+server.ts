// « Ajouter à mon agenda (.ics) »: the event (the whole series with its exceptions) as a file to open in a
// calendar app, for whoever may see the event page; a « with the link » event needs its key (?cle=…).
import { eventCalendar } from '#lib/server/calendars/event-calendar.ts';
import { icsDownload } from '#lib/server/calendars/file-name.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { linkKeyQuery } from '#lib/validation/queries.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const { title, text } = await eventCalendar({
			...scopeOf(event),
			eventId: event.params.id,
			linkKey: handleQuery(event, linkKeyQuery).cle || undefined,
			origin: event.url.origin
		});
		return icsDownload(title, text);
	});
