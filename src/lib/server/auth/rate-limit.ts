// Slows down password and code guessing: too many failures for one account, or from one address, within
// the window, and further attempts are refused until the window has passed.
import { and, count, eq, gt } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { loginAttempts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

function windowStart(): Date {
	return new Date(now().getTime() - LOGIN_WINDOW_MINUTES * 60 * 1000);
}

async function failuresSince(column: typeof loginAttempts.identifier | typeof loginAttempts.ip, value: string) {
	const [row] = await db()
		.select({ n: count() })
		.from(loginAttempts)
		.where(and(eq(column, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, windowStart())));
	return row.n;
}

/** Throws too_many_attempts when this identifier (email or code) or this address failed too often. */
export async function assertLoginAllowed(identifier: string, ip: string): Promise<void> {
	const [byAccount, byIp] = await Promise.all([
		failuresSince(loginAttempts.identifier, identifier),
		failuresSince(loginAttempts.ip, ip)
	]);
	if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP) throw new AppError('too_many_attempts');
}

export async function recordLoginAttempt(identifier: string, ip: string, succeeded: boolean): Promise<void> {
	await db().insert(loginAttempts).values({ identifier, ip, succeeded, at: now() });
}
