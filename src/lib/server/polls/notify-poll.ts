// Telling a poll's participants what became of it (decision 037): members by the notification centre (kind
// 'event', sentences in events/describe-event.ts), guests who gave an address by email with the poll's page,
// where the calendar file of the chosen date is. `what`: poll_chosen (a date, an event) or poll_reopened.
import { and, eq } from 'drizzle-orm';
import type { Locale } from '../accounts/locale.ts';
import type { Queryable } from '../db/client.ts';
import { networks, pollParticipants } from '../db/schema/index.ts';
import { queueEmail } from '../email/queue-email.ts';
import { describeEventNotice } from '../events/describe-event.ts';
import { notify } from '../notifications/notify.ts';
import type { PollRow } from './poll-access.ts';
import { pollGuestNoticeEmail, pollLinkUrl } from './poll-emails.ts';

export async function notifyPollParticipants(
	tx: Queryable,
	input: { poll: PollRow; what: 'poll_chosen' | 'poll_reopened'; when: Date | null; eventId: string | null }
) {
	const { poll } = input;
	const params: Record<string, string> = { what: input.what, title: poll.title };
	if (input.when) params.when = input.when.toISOString();
	const people = await tx.select().from(pollParticipants).where(eq(pollParticipants.pollId, poll.id));
	const [network] = await tx
		.select({ name: networks.name })
		.from(networks)
		.where(and(eq(networks.id, poll.networkId), eq(networks.status, 'active')));
	let told = 0;
	for (const person of people) {
		if (person.accountId !== null) {
			if (person.accountId === poll.authorAccountId && input.what === 'poll_chosen') continue;
			const link = input.eventId ? `/evenements/${input.eventId}` : `/sondages/${poll.id}`;
			const sent = await notify(tx, {
				networkId: poll.networkId,
				accountId: person.accountId,
				kind: 'event',
				params,
				link
			});
			if (sent) told += 1;
		} else if (person.guestEmail !== null && network) {
			const locale = (person.guestLocale ?? 'fr') as Locale;
			const message = pollGuestNoticeEmail({
				locale,
				name: person.guestName ?? '',
				network: network.name,
				sentence: describeEventNotice(params, { locale }),
				url: pollLinkUrl(poll.linkToken)
			});
			await queueEmail({ to: person.guestEmail, toAccountId: null, message, tx });
			told += 1;
		}
	}
	return told;
}
