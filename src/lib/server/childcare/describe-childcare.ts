// The sentence of a 'childcare' notification in the reader's language (called by notifications/describe.ts).
// `p.what` names the occasion; each occasion has its own message, the generic one covers the rest. The slot's
// start comes as an ISO string and is written here, in the reader's language and Paris time.
import { m } from '#lib/paraglide/messages.js';
import { formatParis } from '../../paris-time.ts';
import type { Locale } from '../accounts/locale.ts';

type Params = Record<string, string>;

function when(p: Params, locale: Locale): string {
	const at = new Date(p.startsAt ?? '');
	return Number.isNaN(at.getTime()) ? '' : formatParis(at, locale, 'dateTimeFull');
}

export function describeChildcareNotice(p: Params, o: { locale: Locale }): string {
	const slot = { when: when(p, o.locale) };
	switch (p.what) {
		case 'urgent':
			return m.care_notif_urgent(slot, o);
		case 'offer':
			return m.care_notif_offer(slot, o);
		case 'chosen':
			return m.care_notif_chosen(slot, o);
		case 'thanked':
			return m.care_notif_thanked(slot, o);
		case 'cancelled':
			return m.care_notif_cancelled(slot, o);
		case 'reminder':
			return m.care_notif_reminder(slot, o);
		case 'done':
			return m.care_notif_done(slot, o);
		default:
			return m.care_notif_generic({ title: p.title ?? '' }, o);
	}
}
