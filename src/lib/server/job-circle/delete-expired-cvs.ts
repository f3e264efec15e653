// Worker sweep (decision 031): the CV of a request that expired is deleted. Expiry changes no row (decision 013),
// so no trigger sees it; reading already refuses an expired request's CV, and this removes the bytes, in small
// batches (jobs/batches.ts) with SKIP LOCKED so several workers never fight over a row.
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';

/** Returns how many CVs were deleted. */
export async function deleteExpiredCvs(): Promise<number> {
	return inBatches(Number.POSITIVE_INFINITY, (size) =>
		db().transaction(async (tx) => {
			const deleted = await sqlRows<{ post_id: string }>(
				tx,
				sql`delete from job_cvs where post_id in (
						select c.post_id from job_cvs c join posts p on p.id = c.post_id
						where p.expires_at <= ${now().toISOString()}::timestamptz
						limit ${size} for update of c skip locked)
					returning post_id`
			);
			return deleted.length;
		})
	);
}
