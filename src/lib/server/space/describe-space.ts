// The sentence of a 'space' notification in the reader's language (called by notifications/describe.ts).
// `p.what` names the occasion; each occasion has its own message, the generic one covers the rest.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import { formatSlot } from '../../paris-time.ts';
import { describeLibraryNotice } from '../library/describe-library.ts';

type Params = Record<string, string>;

/** « mardi 16 mars 2027, 14:00 – 16:00 » from the ISO strings of a booking notice ('' if they are missing). */
function slotOf(p: Params, locale: Locale): string {
	const start = new Date(p.startsAt ?? '');
	const end = new Date(p.endsAt ?? '');
	if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
	return formatSlot(start, end, locale);
}

export function describeSpaceNotice(p: Params, o: { locale: Locale }): string {
	const booking = () => ({ title: p.title ?? '', when: slotOf(p, o.locale), reason: p.reason ?? '' });
	switch (p.what) {
		case 'booking_approved':
			return m.space_notif_approved(booking(), o);
		case 'booking_refused':
			return p.reason ? m.space_notif_refused_reason(booking(), o) : m.space_notif_refused(booking(), o);
		case 'booking_lapsed':
			return m.space_notif_lapsed(booking(), o);
		case 'booking_cancelled':
			return p.reason ? m.space_notif_cancelled_reason(booking(), o) : m.space_notif_cancelled(booking(), o);
		case 'hold_ready':
		case 'hold_expired':
		case 'due_tomorrow':
		case 'due_today':
		case 'overdue':
			return describeLibraryNotice(p, o);
		default:
			return m.space_notif_generic({ title: p.title ?? '' }, o);
	}
}
