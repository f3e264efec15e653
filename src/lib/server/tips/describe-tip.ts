// The sentence of a 'tip' notification in the reader's language (called by notifications/describe.ts).
// `p.what` names the occasion; each occasion has its own message, the generic one covers the rest.
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';

type Params = Record<string, string>;

export function describeTipNotice(p: Params, o: { locale: Locale }): string {
	switch (p.what) {
		// A new tip on the board, for those who asked for tips by email or in the digest (notify-tip-readers.ts).
		case 'published':
			return m.tip_notif_published({ title: p.title ?? '' }, o);
		default:
			return m.tip_notif_generic({ title: p.title ?? '' }, o);
	}
}
