// The sentence of a 'space' notification in the reader's language (called by notifications/describe.ts).
// `p.what` names the occasion; each occasion has its own message, the generic one covers the rest.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import { describeLibraryNotice } from '../library/describe-library.ts';

type Params = Record<string, string>;

export function describeSpaceNotice(p: Params, o: { locale: Locale }): string {
	switch (p.what) {
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
