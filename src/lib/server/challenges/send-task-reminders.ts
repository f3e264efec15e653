// Worker sweep: one reminder to the person holding a task whose due day is past and which is not done. Rows are
// taken in small batches with FOR UPDATE SKIP LOCKED and marked in the same transaction, so each reminder
// leaves once however many workers run (jobs/batches.ts); giving the task back clears the mark for the next taker.
import { sql } from 'drizzle-orm';
import { parisDate } from '../../paris-time.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';
import { notify } from '../notifications/notify.ts';

type Overdue = {
	id: string;
	network_id: string;
	title: string;
	taken_by_account_id: string;
	challenge_id: string;
	group_id: string;
	group_name: string;
};

export async function sendTaskReminders(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, remindBatch);
}

async function remindBatch(size: number): Promise<number> {
	const at = now();
	return db().transaction(async (tx) => {
		const due = await sqlRows<Overdue>(
			tx,
			sql`select t.id, t.network_id, t.title, t.taken_by_account_id, c.id as challenge_id, g.id as group_id,
					g.name as group_name
				from challenge_tasks t
				join challenges c on c.id = t.challenge_id
				join groups g on g.id = c.group_id
				where t.taken_by_account_id is not null and t.done_at is null and t.reminded_at is null
					and t.due_on < ${parisDate(at)}::date
				order by t.due_on
				limit ${size}
				for update of t skip locked`
		);
		for (const row of due) {
			await notify(tx, {
				networkId: row.network_id,
				accountId: row.taken_by_account_id,
				kind: 'group',
				params: { what: 'task_overdue', task: row.title, group: row.group_name },
				link: `/groupes/${row.group_id}/defis/${row.challenge_id}`
			});
			await sqlRows(
				tx,
				sql`update challenge_tasks set reminded_at = ${at.toISOString()}::timestamptz where id = ${row.id}`
			);
		}
		return due.length;
	});
}
