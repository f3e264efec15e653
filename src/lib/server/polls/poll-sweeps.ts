// Worker sweeps of meeting polls (decision 037), in small batches with FOR UPDATE SKIP LOCKED (jobs/batches.ts):
// a poll whose deadline passed closes (without a choice: its author still picks a slot), and a day before the
// deadline the group's members who have not answered get one reminder — poll_reminders' key caps it at once per
// person and poll, whichever worker sends it.
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';
import { notify } from '../notifications/notify.ts';

export const POLL_REMINDER_HOURS = 24;

export async function closeOverduePolls(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, async (size) => {
		const at = now().toISOString();
		const rows = await sqlRows<{ id: string }>(
			db(),
			sql`update polls set status = 'closed', closed_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
				where id in (select id from polls where status = 'open' and deadline <= ${at}::timestamptz
					limit ${size} for update skip locked)
				returning id`
		);
		return rows.length;
	});
}

type Due = { id: string; network_id: string; group_id: string; title: string; deadline: string | Date };

export async function remindPollMembers(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, async (size) => {
		const at = now();
		const until = new Date(at.getTime() + POLL_REMINDER_HOURS * 3_600_000);
		return db().transaction(async (tx) => {
			const due = await sqlRows<Due>(
				tx,
				sql`select id, network_id, group_id, title, deadline from polls
					where status = 'open' and reminded_at is null and group_id is not null
						and deadline > ${at.toISOString()}::timestamptz and deadline <= ${until.toISOString()}::timestamptz
					limit ${size} for update skip locked`
			);
			for (const poll of due) {
				const silent = await sqlRows<{ account_id: string }>(
					tx,
					sql`insert into poll_reminders (poll_id, account_id, sent_at)
						select ${poll.id}, gm.account_id, ${at.toISOString()}::timestamptz from group_members gm
						where gm.group_id = ${poll.group_id} and gm.status = 'active'
							and not exists (select 1 from poll_participants p
								where p.poll_id = ${poll.id} and p.account_id = gm.account_id)
						on conflict do nothing
						returning account_id`
				);
				for (const { account_id } of silent) {
					await notify(tx, {
						networkId: poll.network_id,
						accountId: account_id,
						kind: 'event',
						params: { what: 'poll_reminder', title: poll.title, when: new Date(poll.deadline).toISOString() },
						link: `/sondages/${poll.id}`
					});
				}
				await sqlRows(tx, sql`update polls set reminded_at = ${at.toISOString()}::timestamptz where id = ${poll.id}`);
			}
			return due.length;
		});
	});
}
