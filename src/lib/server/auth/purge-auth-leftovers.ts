// What authentication leaves behind is deleted by a sweep once it can serve nothing (RGPD: data minimisation):
// log-in attempts only matter inside the rate limit's 15-minute window (rate-limit.ts), expired sessions never
// log anyone in again, and an emailed link that expired (used or not) is only counted for an hour by the limit
// on links sent (email-links.ts). A day is kept after each, for someone looking into a burst of attempts.
import { sql, type SQL } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { inBatches } from '../jobs/batches.ts';

export const AUTH_LEFTOVERS_KEPT_HOURS = 24;
/** Deleting is cheap per row: larger batches than the sweeps' usual 10, still one short statement each. */
const PURGE_BATCH = 500;
/** At most this many rows of each table a sweep; the next sweep goes on. */
const PURGE_LIMIT = 50_000;

/** Deletes, batch by batch, the rows the statement returns (it deletes at most `size` and returns one row each). */
function purge(statement: (before: string, size: number) => SQL): Promise<number> {
	const before = new Date(now().getTime() - AUTH_LEFTOVERS_KEPT_HOURS * 3600 * 1000).toISOString();
	return inBatches(PURGE_LIMIT, async (size) => (await sqlRows(db(), statement(before, size))).length, PURGE_BATCH);
}

/** Log-in attempts older than a day. Ids grow with time: the oldest come first along the primary key. */
export const purgeLoginAttempts = () =>
	purge(
		(before, size) => sql`delete from login_attempts where id in (
			select id from login_attempts where at < ${before} order by id limit ${size}
		) returning id`
	);

/** Sessions expired for a day (the index on expires_at finds them). */
export const purgeExpiredSessions = () =>
	purge(
		(before, size) => sql`delete from sessions where id_hash in (
			select id_hash from sessions where expires_at < ${before} limit ${size}
		) returning id_hash`
	);

/** Emailed links expired for a day, used or not. */
export const purgeSpentEmailTokens = () =>
	purge(
		(before, size) => sql`delete from email_tokens where token_hash in (
			select token_hash from email_tokens where expires_at < ${before} limit ${size}
		) returning token_hash`
	);

/** The sweep: all three; returns how many rows went. */
export async function purgeAuthLeftovers(): Promise<number> {
	return (await purgeLoginAttempts()) + (await purgeExpiredSessions()) + (await purgeSpentEmailTokens());
}
