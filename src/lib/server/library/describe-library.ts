// The sentences of the tool library's notices (decision 030), for space/describe-space.ts: `until` and `due` are
// Paris days (YYYY-MM-DD), written in the reader's language.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import { formatDay } from '../../paris-time.ts';

type Params = Record<string, string>;

const dayOf = (day: string | undefined, locale: Locale) =>
	day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDay(day, locale) : '';

export function describeLibraryNotice(p: Params, o: { locale: Locale }): string {
	const title = p.title ?? '';
	switch (p.what) {
		case 'hold_ready':
			return m.space_notif_hold_ready({ title, until: dayOf(p.until, o.locale) }, o);
		case 'hold_expired':
			return m.space_notif_hold_expired({ title }, o);
		case 'due_tomorrow':
			return m.space_notif_due_tomorrow({ title }, o);
		case 'due_today':
			return m.space_notif_due_today({ title }, o);
		default:
			return m.space_notif_overdue({ title, due: dayOf(p.due, o.locale) }, o);
	}
}
