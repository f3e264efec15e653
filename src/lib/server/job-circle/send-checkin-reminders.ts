// Worker sweep (decision 031): a gentle reminder to the circle's members who have not written a check-in for two
// weeks (nor joined within them), at most one a week each. Sent through the notification centre as the kind
// `job_circle` (digest by default; « Jamais » in the preferences mutes it). Rows are taken in small batches with
// FOR UPDATE SKIP LOCKED and marked in the same transaction: one reminder however many workers run.
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';
import { notify } from '../notifications/notify.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Silent this long, the member is reminded… */
export const CHECKIN_QUIET_DAYS = 14;
/** …and not again before this many days. */
export const CHECKIN_REMINDER_EVERY_DAYS = 7;

/** Returns how many reminders were written. */
export async function sendCheckinReminders(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, remindBatch);
}

async function remindBatch(size: number): Promise<number> {
	const at = now();
	const quiet = new Date(at.getTime() - CHECKIN_QUIET_DAYS * DAY_MS).toISOString();
	const lastReminder = new Date(at.getTime() - CHECKIN_REMINDER_EVERY_DAYS * DAY_MS).toISOString();
	return db().transaction(async (tx) => {
		const due = await sqlRows<{ network_id: string; account_id: string }>(
			tx,
			sql`select g.network_id, g.account_id
				from job_circles jc
				join group_members g on g.group_id = jc.group_id and g.status = 'active'
				left join job_seekers s on s.network_id = g.network_id and s.account_id = g.account_id
				where g.joined_at <= ${quiet}::timestamptz
					and (s.reminded_at is null or s.reminded_at <= ${lastReminder}::timestamptz)
					and not exists (select 1 from job_checkins c where c.network_id = g.network_id
						and c.account_id = g.account_id and c.updated_at > ${quiet}::timestamptz)
				order by g.joined_at
				limit ${size}
				for update of g skip locked`
		);
		for (const row of due) {
			await notify(tx, {
				networkId: row.network_id,
				accountId: row.account_id,
				kind: 'job_circle',
				params: { what: 'checkin_reminder' },
				link: '/entraide/emploi'
			});
			await sqlRows(
				tx,
				sql`insert into job_seekers (network_id, account_id, reminded_at)
					values (${row.network_id}, ${row.account_id}, ${at.toISOString()}::timestamptz)
					on conflict (network_id, account_id) do update set reminded_at = excluded.reminded_at`
			);
		}
		return due.length;
	});
}
