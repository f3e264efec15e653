// Puts a line in a member's notification centre and, if they want it so, sends it by email at once (otherwise
// the daily digest or nothing). Runs inside the caller's transaction: the notification exists exactly when the
// change it tells about was committed.
import { and, eq, sql } from 'drizzle-orm';
import type { Locale } from '../accounts/locale.ts';
import { now } from '../clock.ts';
import type { Queryable } from '../db/client.ts';
import { sqlRows } from '../db/client.ts';
import { accounts, memberships, networks, notifications } from '../db/schema/index.ts';
import { queueEmail } from '../email/queue-email.ts';
import { notificationEmail } from './emails.ts';
import { backgroundOrigin } from '../config.ts';
import { describeNotification } from './describe.ts';
import { parisDay, type NotificationKind } from './kinds.ts';
import { preferencesOf } from './preferences.ts';

export type NotificationInput = {
	networkId: string;
	accountId: string;
	kind: NotificationKind;
	params: Record<string, string>;
	/** A path inside the app, e.g. /annonces/<id>. */
	link: string;
	/** At most this many notifications of this kind a day for this person; over it, nothing is written. */
	dailyCap?: number;
};

/** Returns whether the notification was written (false: not an active member, already told, or over the cap). */
export async function notify(tx: Queryable, input: NotificationInput): Promise<boolean> {
	const [recipient] = await tx
		.select({ name: accounts.name, email: accounts.email, locale: accounts.locale, network: networks.name })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.innerJoin(networks, eq(networks.id, memberships.networkId))
		.where(
			and(
				eq(memberships.networkId, input.networkId),
				eq(memberships.accountId, input.accountId),
				eq(memberships.status, 'active'),
				// A suspended network tells its members nothing, in the app or by email (decision 007).
				eq(networks.status, 'active')
			)
		);
	if (!recipient) return false;
	if (input.kind === 'match' && (await alreadyTold(tx, input))) return false;
	if (input.dailyCap !== undefined && !(await countAgainstCap(tx, input, input.dailyCap))) return false;

	const delivery = (await preferencesOf(input.accountId, tx))[input.kind];
	const emailNow = delivery === 'email' && recipient.email !== null;
	const at = now();
	await tx.insert(notifications).values({
		networkId: input.networkId,
		accountId: input.accountId,
		kind: input.kind,
		params: input.params,
		link: input.link,
		delivery,
		createdAt: at,
		emailedAt: emailNow ? at : null
	});
	if (emailNow) {
		const locale = recipient.locale as Locale;
		const message = notificationEmail({
			locale,
			name: recipient.name,
			network: recipient.network,
			sentence: describeNotification(input.kind, input.params, locale),
			url: `${backgroundOrigin()}${input.link}`
		});
		await queueEmail({ to: recipient.email!, toAccountId: input.accountId, message, tx });
	}
	return true;
}

async function alreadyTold(tx: Queryable, input: NotificationInput): Promise<boolean> {
	const rows = await tx
		.select({ id: notifications.id })
		.from(notifications)
		.where(
			and(
				eq(notifications.accountId, input.accountId),
				eq(notifications.kind, input.kind),
				eq(notifications.link, input.link)
			)
		)
		.limit(1);
	return rows.length > 0;
}

/** Counts one more for today, unless the cap is reached: a conditional upsert, safe under concurrency. */
async function countAgainstCap(tx: Queryable, input: NotificationInput, cap: number): Promise<boolean> {
	if (cap <= 0) return false;
	const { day } = parisDay(now());
	const rows = await sqlRows<{ count: number }>(
		tx,
		sql`insert into notification_daily_counts as c (account_id, kind, day, count)
			values (${input.accountId}, ${input.kind}, ${day}, 1)
			on conflict (account_id, kind, day) do update set count = c.count + 1 where c.count < ${cap}
			returning c.count`
	);
	return rows.length > 0;
}
