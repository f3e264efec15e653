// The notifications of an event's registrants, all of kind 'event'; `what` says which sentence. The date is
// stored as an instant and written in the reader's language and Paris time when shown (describe-event.ts).
import type { Queryable } from '../db/client.ts';
import { notify } from '../notifications/notify.ts';

export const EVENT_NOTICES = [
	'registered',
	'waitlisted',
	'offered',
	'offer_expired',
	'reminder',
	'changed',
	'cancelled'
] as const;
export type EventNotice = (typeof EVENT_NOTICES)[number];

export async function notifyEvent(
	tx: Queryable,
	input: {
		networkId: string;
		accountId: string;
		what: EventNotice;
		title: string;
		eventId: string;
		startsAt: Date;
	}
): Promise<boolean> {
	return notify(tx, {
		networkId: input.networkId,
		accountId: input.accountId,
		kind: 'event',
		params: { what: input.what, title: input.title, when: input.startsAt.toISOString() },
		link: `/evenements/${input.eventId}`
	});
}
