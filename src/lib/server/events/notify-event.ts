// The notices of an event's registrants. A member gets a notification of kind 'event' (in-app, and by email per
// their preferences); a guest (decision 024) gets an email with the link to their own page. `what` says which
// sentence. The date is stored as an instant and written in the reader's language and Paris time when shown
// (describe-event.ts).
import { and, eq } from 'drizzle-orm';
import type { Locale } from '../accounts/locale.ts';
import type { Queryable } from '../db/client.ts';
import { eventGuests, networks } from '../db/schema/index.ts';
import { queueEmail } from '../email/queue-email.ts';
import { notify } from '../notifications/notify.ts';
import { backgroundOrigin } from '../config.ts';
import { describeEventNotice } from './describe-event.ts';
import { guestNoticeEmail } from './guest-emails.ts';

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

/** Who a registration is for: a member's account or a guest (exactly one is set). */
export type Registrant = { accountId: string | null; guestId: string | null };

export async function notifyEvent(
	tx: Queryable,
	input: {
		networkId: string;
		to: Registrant;
		what: EventNotice;
		title: string;
		eventId: string;
		startsAt: Date;
		/** An offered place: until when it is held. */
		until?: Date;
	}
): Promise<boolean> {
	const params: Record<string, string> = { what: input.what, title: input.title, when: input.startsAt.toISOString() };
	if (input.until) params.until = input.until.toISOString();
	if (input.to.accountId !== null) {
		return notify(tx, {
			networkId: input.networkId,
			accountId: input.to.accountId,
			kind: 'event',
			params,
			link: `/evenements/${input.eventId}`
		});
	}
	if (input.to.guestId === null) return false;
	const [guest] = await tx
		.select({ name: eventGuests.name, email: eventGuests.email, locale: eventGuests.locale, token: eventGuests.token })
		.from(eventGuests)
		.where(eq(eventGuests.id, input.to.guestId));
	// A suspended network emails no guest either (decision 007).
	const [network] = await tx
		.select({ name: networks.name })
		.from(networks)
		.where(and(eq(networks.id, input.networkId), eq(networks.status, 'active')));
	if (!guest || !network) return false;
	const locale = guest.locale as Locale;
	const message = guestNoticeEmail({
		locale,
		name: guest.name,
		network: network.name,
		sentence: describeEventNotice(params, { locale }),
		url: guestPlaceUrl(guest.token)
	});
	// A guest has no account (decision 024).
	await queueEmail({ to: guest.email, toAccountId: null, message, tx });
	return true;
}

/** A guest's own page: their place, with confirm and cancel buttons (emails use the configured origin). */
export function guestPlaceUrl(token: string, origin = backgroundOrigin()): string {
	return `${origin}/invitation/place/${token}`;
}
