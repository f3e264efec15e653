// Slows down password and code guessing (decision 005). Two buckets over the last 15 minutes:
// - per account (the email or the typed code): after 5 failures, a hard lock until the window has passed, even
//   for the right password — the emailed log-in link still works;
// - per client address: after 20 failures, no lock but a delay between attempts that doubles with every further
//   failure, up to a minute. A library or a mobile operator's NAT shares one address: the right password of an
//   account that is not itself locked still gets in once the delay has passed, while spraying passwords over
//   many accounts is held to a trickle.
// The attempt is reserved (checked and recorded as a failure) in one short transaction that holds a lock on
// both buckets, BEFORE the password is verified; simultaneous requests therefore see each other's reservations.
// A right answer then marks its row succeeded.
import { eq, sql } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { loginAttempts } from '../db/schema/index.ts';
import { lockUntilCommit } from '../db/xact-lock.ts';
import { AppError, type ErrorCode } from '../errors.ts';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
/** The delay of an address past its limit: 1 s, then doubled with each further failure, at most this. */
export const MAX_ADDRESS_DELAY_SECONDS = 60;
// A wait is never announced as « 1 secondes »: the message says at least 2, which is always enough.
const MIN_ANNOUNCED_SECONDS = 2;

/** What to say when an attempt is refused: the account is locked, or the address must wait a little. */
export type Refusals = { locked: ErrorCode; slowed: ErrorCode; field?: string };
export const PASSWORD_LOG_IN: Refusals = { locked: 'too_many_attempts', slowed: 'too_many_attempts_here' };

type Bucket = { accountFailures: number; addressFailures: number; addressLastAt: number | null };

/** The delay the address must leave after its last attempt, in milliseconds (0 below the limit). */
export function addressDelayMs(failures: number): number {
	if (failures < MAX_FAILURES_PER_IP) return 0;
	const doublings = Math.min(failures - MAX_FAILURES_PER_IP, 16);
	return Math.min(1000 * 2 ** doublings, MAX_ADDRESS_DELAY_SECONDS * 1000);
}

/**
 * Checks both buckets and records the attempt as a failure, atomically. Returns the attempt's id; throws the
 * `locked` or `slowed` refusal (the latter with the seconds to wait) without recording anything.
 */
export async function reserveLoginAttempt(identifier: string, ip: string, refusals: Refusals): Promise<number> {
	const at = now();
	const since = new Date(at.getTime() - LOGIN_WINDOW_MINUTES * 60 * 1000).toISOString();
	return db().transaction(async (tx) => {
		await lockUntilCommit(tx, `login:account:${identifier}`, `login:address:${ip}`);
		const [bucket] = await sqlRows<Bucket>(
			tx,
			sql`select
				(select count(*)::int from login_attempts
					where identifier = ${identifier} and not succeeded and at > ${since}::timestamptz) as "accountFailures",
				(select count(*)::int from login_attempts
					where ip = ${ip} and not succeeded and at > ${since}::timestamptz) as "addressFailures",
				(select (extract(epoch from max(at)) * 1000)::float8 from login_attempts
					where ip = ${ip} and at > ${since}::timestamptz) as "addressLastAt"`
		);
		if (bucket.accountFailures >= MAX_FAILURES_PER_ACCOUNT) throw new AppError(refusals.locked, refusals.field);
		const delay = addressDelayMs(bucket.addressFailures);
		const waitMs = bucket.addressLastAt === null ? 0 : Number(bucket.addressLastAt) + delay - at.getTime();
		if (delay > 0 && waitMs > 0) {
			const seconds = Math.max(MIN_ANNOUNCED_SECONDS, Math.ceil(waitMs / 1000));
			throw new AppError(refusals.slowed, refusals.field, { seconds: String(seconds) });
		}
		const [row] = await tx
			.insert(loginAttempts)
			.values({ identifier, ip, succeeded: false, at })
			.returning({ id: loginAttempts.id });
		return row.id;
	});
}

/**
 * Runs `verify` (the password or code check) within the limits: reserved first, marked succeeded after a right
 * answer. Returns what `verify` returned.
 */
export async function withLoginAttempt(
	options: { identifier: string; ip: string; refusals?: Refusals },
	verify: () => Promise<boolean>
): Promise<boolean> {
	const id = await reserveLoginAttempt(options.identifier, options.ip, options.refusals ?? PASSWORD_LOG_IN);
	const ok = await verify();
	if (ok) await db().update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, id));
	return ok;
}
