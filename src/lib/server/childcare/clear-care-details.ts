// Worker sweep: what only the confirmed people read is kept no longer than needed (decision 032). The note is
// emptied once the slot has ended; the address and phones (the request's and the offers') at the end of the day
// after the slot. Pages already stop showing them at those times; the sweep removes them from the database.
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';
import { detailsUntil } from './care-window.ts';

export async function clearCareDetails(): Promise<number> {
	const notes = await inBatches(Number.POSITIVE_INFINITY, clearNotes);
	return notes + (await inBatches(Number.POSITIVE_INFINITY, clearDetails));
}

async function clearNotes(size: number): Promise<number> {
	const at = now().toISOString();
	const rows = await sqlRows<{ id: string }>(
		db(),
		sql`update childcare_requests set note = '', note_cleared_at = ${at}::timestamptz
			where id in (select id from childcare_requests where note_cleared_at is null and ends_at <= ${at}::timestamptz
				limit ${size} for update skip locked)
			returning id`
	);
	return rows.length;
}

async function clearDetails(size: number): Promise<number> {
	const at = now();
	// The end of the day after the slot is at most two days and a few hours after its end: a coarse bound in
	// SQL, the exact Paris day in code.
	return db().transaction(async (tx) => {
		const candidates = await sqlRows<{ id: string; ends_at: string | Date }>(
			tx,
			sql`select id, ends_at from childcare_requests
				where details_cleared_at is null and ends_at <= ${new Date(at.getTime() - 86_400_000).toISOString()}::timestamptz
				order by ends_at limit ${size} for update skip locked`
		);
		const due = candidates.filter((c) => detailsUntil(new Date(c.ends_at)) <= at).map((c) => c.id);
		if (due.length > 0) {
			const ids = sql.join(
				due.map((id) => sql`${id}::uuid`),
				sql`, `
			);
			await sqlRows(
				tx,
				sql`update childcare_requests set address = '', phone = '', note = '',
					details_cleared_at = ${at.toISOString()}::timestamptz where id in (${ids})`
			);
			await sqlRows(tx, sql`update childcare_offers set address = '', phone = '' where request_id in (${ids})`);
		}
		// Candidates whose day is not over yet stop the batches: the next sweep takes them.
		return due.length === candidates.length ? due.length : 0;
	});
}
