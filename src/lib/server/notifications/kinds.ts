// The kinds of notification, how each is delivered unless the person chose otherwise, and the limits on the
// ones the network sends on its own initiative (decision 020).
import { DELIVERIES, NOTIFICATION_KINDS, type Delivery, type NotificationKind } from '../../notification-options.ts';
import { parisDate, parisHour } from '../../paris-time.ts';

export { DELIVERIES, NOTIFICATION_KINDS, type Delivery, type NotificationKind };

/**
 * Things that ask something of the person come at once; suggestions of new requests wait for the daily digest,
 * so that a helpful neighbour is not flooded.
 */
export const DEFAULT_DELIVERY: Record<NotificationKind, Delivery> = {
	match: 'digest',
	answer: 'email',
	introduction: 'email',
	exchange: 'email',
	thanks: 'email',
	message: 'email',
	group: 'email',
	event: 'email',
	// Bookings, holds and loans: an item kept for you or a loan due asks something of you.
	space: 'email',
	// The job-search circle's check-in reminders are gentle: they wait for the digest.
	job_circle: 'digest',
	// Childcare is arranged for a precise hour, often at short notice.
	childcare: 'email',
	// Tips are read when one has time: in the app, or in the digest for those who choose it.
	tip: 'app'
};

/** A new request is suggested to at most this many members… */
export const MATCH_NOTICES_PER_REQUEST = 5;
/** …and a member gets at most this many such suggestions a day (Europe/Paris). */
export const MATCH_NOTICES_PER_DAY = 3;

/** Digests leave from this hour (Europe/Paris), once a day. */
export const DIGEST_HOUR = 8;

/** The calendar day (YYYY-MM-DD) and hour of an instant in Europe/Paris. */
export function parisDay(at: Date): { day: string; hour: number } {
	return { day: parisDate(at), hour: parisHour(at) };
}

export function isNotificationKind(value: unknown): value is NotificationKind {
	return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
