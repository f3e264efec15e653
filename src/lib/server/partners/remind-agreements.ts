// Worker sweep (decision 035): a month before an agreement ends, its network's coordinators are told by email,
// once per agreement — `reminded_at` is set in the same transaction as the emails, and rows are taken with
// FOR UPDATE SKIP LOCKED in small batches (jobs/batches.ts), so several workers never send it twice.
// No notification kind fits a partner's agreement (decision 035): like a membership request
// (networks/notify-coordinators.ts), the reminder is an email to each coordinator who has an address.
import { sql } from 'drizzle-orm';
import { m } from '#lib/paraglide/messages.js';
import type { Locale } from '../accounts/locale.ts';
import { now } from '../clock.ts';
import { backgroundOrigin } from '../config.ts';
import { db, sqlRows, type Queryable } from '../db/client.ts';
import { queueEmail } from '../email/queue-email.ts';
import { inBatches } from '../jobs/batches.ts';
import { noticeEmail } from '../notifications/emails.ts';
import { AGREEMENT_REMINDER_DAYS } from '../../limits.ts';
import { addParisDays, formatDay, parisDate } from '../../paris-time.ts';

type Due = {
	id: string;
	network_id: string;
	partner_id: string;
	title: string;
	ends_on: string;
	partner: string;
	network: string;
};

/** Returns how many agreements were reminded. */
export async function remindAgreements(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, remindBatch);
}

async function remindBatch(size: number): Promise<number> {
	const at = now();
	const today = parisDate(at);
	const horizon = parisDate(addParisDays(at, AGREEMENT_REMINDER_DAYS));
	return db().transaction(async (tx) => {
		// Agreements still running (not « terminée »), ending within the month and not past; a suspended network
		// tells nobody (decision 007) and keeps its agreements for when it resumes.
		const due = await sqlRows<Due>(
			tx,
			sql`select a.id, a.network_id, a.partner_id, a.title, a.ends_on::text as ends_on, p.name as partner,
					n.name as network
				from partner_agreements a
				join partners p on p.id = a.partner_id
				join networks n on n.id = a.network_id
				where a.reminded_at is null and a.status <> 'ended' and n.status = 'active'
					and a.ends_on >= ${today}::date and a.ends_on <= ${horizon}::date
				order by a.ends_on
				limit ${size}
				for update of a skip locked`
		);
		for (const row of due) await emailCoordinators(tx, row);
		if (due.length > 0) {
			await sqlRows(
				tx,
				sql`update partner_agreements set reminded_at = ${at.toISOString()}::timestamptz
					where id in (${sql.join(
						due.map((r) => sql`${r.id}::uuid`),
						sql`, `
					)})`
			);
		}
		return due.length;
	});
}

async function emailCoordinators(tx: Queryable, row: Due) {
	const coordinators = await sqlRows<{ id: string; name: string; email: string; locale: string }>(
		tx,
		sql`select a.id, a.name, a.email, a.locale from memberships ms join accounts a on a.id = ms.account_id
			where ms.network_id = ${row.network_id}::uuid and ms.role = 'coordinator' and ms.status = 'active'
				and a.email is not null`
	);
	for (const c of coordinators) {
		const locale = c.locale as Locale;
		const o = { locale };
		const message = noticeEmail({
			locale,
			name: c.name,
			network: row.network,
			sentence: m.partner_agreement_reminder(
				{ title: row.title, partner: row.partner, date: formatDay(row.ends_on, locale, 'dateFull') },
				o
			),
			why: [m.partner_agreement_reminder_why({ network: row.network }, o)],
			action: m.partner_agreement_reminder_action({}, o),
			url: `${backgroundOrigin()}/coordination/partenaires/${row.partner_id}`,
			holdsSecretLink: false
		});
		await queueEmail({ to: c.email, toAccountId: c.id, message, tx });
	}
}
