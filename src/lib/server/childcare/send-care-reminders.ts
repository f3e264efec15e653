// Worker sweep: « la veille », one reminder to the parent and one to the chosen carer of each confirmed request
// starting within the next 24 hours. Rows are taken in small batches with FOR UPDATE SKIP LOCKED and marked in
// the same transaction, so each reminder leaves once however many workers run (jobs/batches.ts).
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';
import { notifyCare } from './notify-care.ts';

type Due = {
	id: string;
	network_id: string;
	parent_account_id: string;
	carer_account_id: string;
	starts_at: string | Date;
};

export async function sendCareReminders(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, remindBatch);
}

async function remindBatch(size: number): Promise<number> {
	const at = now();
	const until = new Date(at.getTime() + 24 * 3_600_000);
	return db().transaction(async (tx) => {
		const due = await sqlRows<Due>(
			tx,
			sql`select r.id, r.network_id, r.parent_account_id, o.carer_account_id, r.starts_at
				from childcare_requests r
				join childcare_offers o on o.request_id = r.id and o.status = 'chosen'
				where r.status = 'confirmed' and r.reminded_at is null
					and r.starts_at > ${at.toISOString()}::timestamptz
					and r.starts_at <= ${until.toISOString()}::timestamptz
				order by r.starts_at
				limit ${size}
				for update of r skip locked`
		);
		for (const row of due) {
			for (const accountId of [row.parent_account_id, row.carer_account_id]) {
				await notifyCare(tx, {
					networkId: row.network_id,
					accountId,
					what: 'reminder',
					requestId: row.id,
					startsAt: new Date(row.starts_at)
				});
			}
			await sqlRows(
				tx,
				sql`update childcare_requests set reminded_at = ${at.toISOString()}::timestamptz where id = ${row.id}`
			);
		}
		return due.length;
	});
}
