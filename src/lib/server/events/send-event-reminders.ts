// Worker sweep: « la veille », one reminder per registration whose occurrence starts within the next 24 hours.
// Rows are taken in small batches (jobs/batches.ts) with FOR UPDATE SKIP LOCKED and marked in the same
// transaction: each reminder leaves once, however many workers run, and requests get their turn between batches.
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';
import { notifyEvent } from './notify-event.ts';
import { REMINDER_HOURS_BEFORE } from './rules.ts';

type Due = {
	id: string;
	network_id: string;
	account_id: string | null;
	guest_id: string | null;
	event_id: string;
	title: string;
	starts_at: string | Date;
};

/** Returns how many reminders were written. */
export async function sendEventReminders(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, remindBatch);
}

async function remindBatch(size: number): Promise<number> {
	const at = now();
	const until = new Date(at.getTime() + REMINDER_HOURS_BEFORE * 3_600_000);
	return db().transaction(async (tx) => {
		const due = await sqlRows<Due>(
			tx,
			sql`select r.id, r.network_id, r.account_id, r.guest_id, e.id as event_id, e.title, o.starts_at
				from event_registrations r
				join event_occurrences o on o.id = r.occurrence_id
				join events e on e.id = o.event_id
				where r.status = 'registered' and r.reminded_at is null
					and o.cancelled_at is null and e.cancelled_at is null
					and o.starts_at > ${at.toISOString()}::timestamptz
					and o.starts_at <= ${until.toISOString()}::timestamptz
				order by o.starts_at
				limit ${size}
				for update of r skip locked`
		);
		for (const row of due) {
			await notifyEvent(tx, {
				networkId: row.network_id,
				to: { accountId: row.account_id, guestId: row.guest_id },
				what: 'reminder',
				title: row.title,
				eventId: row.event_id,
				startsAt: new Date(row.starts_at)
			});
		}
		if (due.length > 0) {
			await sqlRows(
				tx,
				sql`update event_registrations set reminded_at = ${at.toISOString()}::timestamptz
					where id in (${sql.join(
						due.map((r) => sql`${r.id}::uuid`),
						sql`, `
					)})`
			);
		}
		return due.length;
	});
}
