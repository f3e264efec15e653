// Worker sweep (decision 030): the reminders of a loan, each sent once — the day before the due day, on the due
// day, then once a week while it is overdue. What was sent is a row of library_loan_reminders named by the
// occasion and the due day (a renewal starts a fresh series); loans are taken in small batches (jobs/batches.ts)
// with FOR UPDATE SKIP LOCKED and their reminders written in the same transaction.
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';
import { parisDate } from '../../paris-time.ts';
import { notifyLibrary, type LibraryNotice } from './notify-library.ts';
import { OVERDUE_REMINDER_DAYS } from './rules.ts';

type Due = {
	id: string;
	network_id: string;
	account_id: string;
	resource_id: string;
	name: string;
	due_on: string;
	reminder: string;
};

const noticeOf = (reminder: string): LibraryNotice =>
	reminder.startsWith('before:') ? 'due_tomorrow' : reminder.startsWith('due:') ? 'due_today' : 'overdue';

/** Returns how many reminders were sent. */
export async function sendLoanReminders(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, remindBatch);
}

async function remindBatch(size: number): Promise<number> {
	const today = parisDate(now());
	return db().transaction(async (tx) => {
		// The occasion of each open loan due tomorrow or earlier, today: « before », « due », or the overdue week.
		const due = await sqlRows<Due>(
			tx,
			sql`select l.id, l.network_id, l.account_id, l.resource_id, r.name,
					to_char(l.due_on, 'YYYY-MM-DD') as due_on, k.reminder
				from library_loans l
				join space_resources r on r.id = l.resource_id
				cross join lateral (select case
					when l.due_on = ${today}::date + 1 then 'before:' || to_char(l.due_on, 'YYYY-MM-DD')
					when l.due_on = ${today}::date then 'due:' || to_char(l.due_on, 'YYYY-MM-DD')
					else 'overdue:' || to_char(l.due_on, 'YYYY-MM-DD') || ':'
						|| ((${today}::date - l.due_on - 1) / ${OVERDUE_REMINDER_DAYS})
				end as reminder) k
				where l.returned_at is null and l.due_on <= ${today}::date + 1
					and not exists (select 1 from library_loan_reminders x
						where x.loan_id = l.id and x.reminder = k.reminder)
				order by l.due_on
				limit ${size}
				for update of l skip locked`
		);
		const at = now();
		for (const row of due) {
			await sqlRows(
				tx,
				sql`insert into library_loan_reminders (loan_id, reminder, sent_at)
					values (${row.id}::uuid, ${row.reminder}, ${at.toISOString()}::timestamptz)`
			);
			await notifyLibrary(tx, {
				networkId: row.network_id,
				accountId: row.account_id,
				what: noticeOf(row.reminder),
				item: { id: row.resource_id, name: row.name },
				due: row.due_on
			});
		}
		return due.length;
	});
}
