// The chosen date of a poll as a file for a calendar app (decision 037).
import { icsDownload } from '#lib/server/calendars/file-name.ts';
import { pollCalendar } from '#lib/server/polls/poll-calendar.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const { title, text } = await pollCalendar({ token: event.params.token, origin: event.url.origin });
		return icsDownload(title, text);
	});
