// The fixed choices of notifications, shared by the database schema, the validation and the pages.
export const NOTIFICATION_KINDS = [
	'match',
	'answer',
	'introduction',
	'exchange',
	'thanks',
	'message',
	'group',
	'event',
	'space',
	'job_circle',
	'childcare',
	'tip'
] as const;
/** How a person wants a kind delivered: an email at once, in the daily digest, or only in the app. */
export const DELIVERIES = ['email', 'digest', 'app'] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type Delivery = (typeof DELIVERIES)[number];
