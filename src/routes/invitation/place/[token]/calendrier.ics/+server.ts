// A guest's occurrence as a file for their calendar app (decision 024).
import { guestCalendar } from '#lib/server/calendars/guest-calendar.ts';
import { icsDownload } from '#lib/server/calendars/file-name.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const { title, text } = await guestCalendar({ token: event.params.token, origin: event.url.origin });
		return icsDownload(title, text);
	});
