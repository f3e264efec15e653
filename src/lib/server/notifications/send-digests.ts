// The daily digest: from DIGEST_HOUR (Europe/Paris), each member with notifications waiting for it gets one
// email per network and day listing them. Run by every job worker's sweep (jobs/worker.ts): the day's row in
// notification_digests is taken first, so two workers never send the same digest. People are taken in small
// batches (jobs/batches.ts), one short transaction each, and requests get their turn between batches.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Locale } from '../accounts/locale.ts';
import { now } from '../clock.ts';
import { db, sqlRows, type Queryable } from '../db/client.ts';
import { accounts, networks, notificationDigests, notifications } from '../db/schema/index.ts';
import { queueEmail } from '../email/queue-email.ts';
import { inBatches } from '../jobs/batches.ts';
import { backgroundOrigin } from '../config.ts';
import { describeNotification } from './describe.ts';
import { digestEmail } from './emails.ts';
import { DIGEST_HOUR, parisDay, type NotificationKind } from './kinds.ts';

/** At most this many lines in one digest; the rest are in the notification centre. */
export const DIGEST_MAX_LINES = 15;

/** Sends the digests that are due; returns how many people were handled (at most `limit`). */
export async function sendDigests(options: { origin?: string; limit?: number } = {}): Promise<number> {
	const { day, hour } = parisDay(now());
	if (hour < DIGEST_HOUR) return 0;
	const origin = options.origin ?? backgroundOrigin();
	return inBatches(options.limit ?? 500, (size) => digestBatch(day, origin, size));
}

type Person = { account_id: string; network_id: string };

/**
 * One short transaction: up to `size` people with a digest due today, each sent theirs. The day's row is the
 * guard: a person another worker is handling at the same moment is skipped by the insert's conflict.
 */
async function digestBatch(day: string, origin: string, size: number): Promise<number> {
	return db().transaction(async (tx) => {
		const due = await sqlRows<Person>(
			tx,
			sql`select distinct n.account_id, n.network_id from notifications n
				where n.delivery = 'digest' and n.emailed_at is null and n.read_at is null
					and not exists (select 1 from notification_digests d
						where d.account_id = n.account_id and d.network_id = n.network_id and d.day = ${day})
				-- In one order for every worker: two of them take the day's rows in the same order, so one waits for
				-- the other instead of each holding a row the other needs.
				order by n.account_id, n.network_id
				limit ${size}`
		);
		for (const next of due) await digestOnePerson(tx, next, day, origin);
		return due.length;
	});
}

async function digestOnePerson(tx: Queryable, next: Person, day: string, origin: string): Promise<void> {
	const at = now();
	const taken = await tx
		.insert(notificationDigests)
		.values({ networkId: next.network_id, accountId: next.account_id, day, sentAt: at })
		.onConflictDoNothing()
		.returning({ day: notificationDigests.day });
	if (taken.length === 0) return;

	const pending = and(
		eq(notifications.accountId, next.account_id),
		eq(notifications.networkId, next.network_id),
		eq(notifications.delivery, 'digest'),
		isNull(notifications.emailedAt),
		isNull(notifications.readAt)
	);
	const waiting = await tx
		.select({ id: notifications.id, kind: notifications.kind, params: notifications.params })
		.from(notifications)
		.where(pending)
		.orderBy(desc(notifications.createdAt), asc(notifications.id));
	const [person] = await tx
		.select({ name: accounts.name, email: accounts.email, locale: accounts.locale, network: networks.name })
		.from(accounts)
		// A suspended network sends no digest (decision 007): the day counts as done.
		.innerJoin(networks, and(eq(networks.id, next.network_id), eq(networks.status, 'active')))
		.where(eq(accounts.id, next.account_id));
	// Without an email address there is nothing to send: the notifications stay in the centre.
	if (!person?.email) return;
	const locale = person.locale as Locale;
	const message = digestEmail({
		locale,
		name: person.name,
		network: person.network,
		sentences: waiting
			.slice(0, DIGEST_MAX_LINES)
			.map((n) => describeNotification(n.kind as NotificationKind, n.params, locale)),
		url: `${origin}/notifications`
	});
	await queueEmail({ to: person.email, toAccountId: next.account_id, message, tx });
	await tx
		.update(notifications)
		.set({ emailedAt: at })
		.where(
			inArray(
				notifications.id,
				waiting.map((n) => n.id)
			)
		);
}
