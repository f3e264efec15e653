// « Ajouter à mon agenda (.ics) » for one booking: its member or a coordinator; anyone else gets a 404.
import { icsDownload } from '#lib/server/calendars/file-name.ts';
import { bookingCalendar } from '#lib/server/space/booking-calendar.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const { title, text } = await bookingCalendar({
			...scopeOf(event),
			bookingId: event.params.id,
			origin: event.url.origin
		});
		return icsDownload(title, text);
	});
