// A member told about their booking (decision 029, « Notices »): approved, refused, lapsed, or cancelled by a
// coordinator (one by one, or by a closure). Kind 'space', through the notification centre (their preferences,
// email or not); members without email read it in the app, and the day sheet shows the desk whom to tell.
import type { Queryable } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';

export type BookingNotice = 'booking_approved' | 'booking_refused' | 'booking_lapsed' | 'booking_cancelled';

export async function notifyBooking(
	tx: Queryable,
	options: {
		networkId: string;
		accountId: string;
		what: BookingNotice;
		resourceName: string;
		startsAt: Date;
		endsAt: Date;
		reason?: string;
	}
) {
	return notify(tx, {
		networkId: options.networkId,
		accountId: options.accountId,
		kind: 'space',
		params: {
			what: options.what,
			title: options.resourceName,
			startsAt: options.startsAt.toISOString(),
			endsAt: options.endsAt.toISOString(),
			reason: options.reason ?? ''
		},
		link: '/espace/mes-reservations'
	});
}
