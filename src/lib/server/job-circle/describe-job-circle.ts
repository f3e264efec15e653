// The sentence of a 'job_circle' notification in the reader's language (called by notifications/describe.ts).
// `p.what` names the occasion; each occasion has its own message, the generic one covers the rest.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';

type Params = Record<string, string>;

export function describeJobCircleNotice(p: Params, o: { locale: Locale }): string {
	switch (p.what) {
		case 'checkin_reminder':
			return m.job_notif_checkin_reminder({}, o);
		default:
			return m.job_notif_generic({ title: p.title ?? '' }, o);
	}
}
