// Log-in attempts only matter inside the rate limit's window (rate-limit.ts): older rows are deleted by a sweep,
// so the table stays small and no address or typed email is kept longer than needed (RGPD: data minimisation).
// A day is kept rather than the 15-minute window, for a coordinator or host looking into a burst of attempts.
import { sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';

export const LOGIN_ATTEMPTS_KEPT_HOURS = 24;
/** Deleting is cheap per row: larger batches than the sweeps' usual 10, still one short statement each. */
const PURGE_BATCH = 500;
/** At most this many rows a sweep; the next sweep goes on. */
const PURGE_LIMIT = 50_000;

/** Deletes the attempts older than LOGIN_ATTEMPTS_KEPT_HOURS; returns how many. */
export async function purgeLoginAttempts(): Promise<number> {
	const before = new Date(now().getTime() - LOGIN_ATTEMPTS_KEPT_HOURS * 3600 * 1000).toISOString();
	return inBatches(
		PURGE_LIMIT,
		async (size) => {
			// Ids grow with time: the oldest rows come first along the primary key, no index on `at` needed.
			const rows = await sqlRows<{ id: number }>(
				db(),
				sql`delete from login_attempts where id in (
					select id from login_attempts where at < ${before} order by id limit ${size}
				) returning id`
			);
			return rows.length;
		},
		PURGE_BATCH
	);
}
