// The sentence of an 'event' notification in the reader's language (called by notifications/describe.ts).
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import { formatParis } from '../../paris-time.ts';

type Params = Record<string, string>;

export function formatWhen(iso: string | undefined, locale: Locale): string {
	const at = iso ? new Date(iso) : undefined;
	if (!at || Number.isNaN(at.getTime())) return '';
	return formatParis(at, locale, 'dateTimeFull');
}

export function describeEventNotice(p: Params, o: { locale: Locale }): string {
	const values = { title: p.title ?? '', when: formatWhen(p.when, o.locale) };
	switch (p.what) {
		case 'registered':
			return m.evt_notif_registered(values, o);
		case 'waitlisted':
			return m.evt_notif_waitlisted(values, o);
		case 'offered':
			// The deadline is written since it depends on the instance (EVENT_OFFER_HOURS) and on the start.
			return p.until
				? m.evt_notif_offered_until({ ...values, until: formatWhen(p.until, o.locale) }, o)
				: m.evt_notif_offered(values, o);
		case 'offer_expired':
			return m.evt_notif_offer_expired(values, o);
		case 'reminder':
			return m.evt_notif_reminder(values, o);
		case 'changed':
			return m.evt_notif_changed(values, o);
		// Meeting polls (decision 037): a date chosen (or changed), the poll open again, a reminder before its deadline.
		case 'poll_chosen':
			return m.poll_notif_chosen(values, o);
		case 'poll_reopened':
			return m.poll_notif_reopened(values, o);
		case 'poll_reminder':
			return m.poll_notif_reminder(values, o);
		default:
			return m.evt_notif_cancelled(values, o);
	}
}
