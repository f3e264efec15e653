import { asc } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { loginAttempts } from '../db/schema/index.ts';
import { LOGIN_ATTEMPTS_KEPT_HOURS, purgeLoginAttempts } from './purge-login-attempts.ts';

const hoursAgo = (hours: number) => new Date(now().getTime() - hours * 3600 * 1000);

describe('purgeLoginAttempts', () => {
	it('deletes the attempts older than a day and keeps the recent ones', async () => {
		const tag = `purge-${crypto.randomUUID()}`;
		await db()
			.insert(loginAttempts)
			.values([
				{ identifier: `${tag}-old-1`, ip: '192.0.2.1', succeeded: false, at: hoursAgo(LOGIN_ATTEMPTS_KEPT_HOURS + 5) },
				{ identifier: `${tag}-old-2`, ip: '192.0.2.1', succeeded: true, at: hoursAgo(LOGIN_ATTEMPTS_KEPT_HOURS + 1) },
				{ identifier: `${tag}-recent`, ip: '192.0.2.1', succeeded: false, at: hoursAgo(LOGIN_ATTEMPTS_KEPT_HOURS - 1) },
				{ identifier: `${tag}-now`, ip: '192.0.2.2', succeeded: false, at: now() }
			]);

		const purged = await purgeLoginAttempts();

		expect(purged).toBeGreaterThanOrEqual(2);
		const left = await db().select().from(loginAttempts).orderBy(asc(loginAttempts.id));
		const mine = left.map((row) => row.identifier).filter((id) => id.startsWith(tag));
		expect(mine).toEqual([`${tag}-recent`, `${tag}-now`]);
	});

	it('goes on past one batch and, a day later, deletes what was recent', async () => {
		const tag = `purge-many-${crypto.randomUUID()}`;
		const old = hoursAgo(LOGIN_ATTEMPTS_KEPT_HOURS + 2);
		await db()
			.insert(loginAttempts)
			.values(
				Array.from({ length: 1_203 }, (_, i) => ({
					identifier: `${tag}-${i}`,
					ip: '192.0.2.3',
					succeeded: false,
					at: old
				}))
			);
		await db()
			.insert(loginAttempts)
			.values({ identifier: `${tag}-later`, ip: '192.0.2.3', succeeded: false, at: now() });

		expect(await purgeLoginAttempts()).toBeGreaterThanOrEqual(1_203);
		const afterFirst = await db().select({ identifier: loginAttempts.identifier }).from(loginAttempts);
		expect(afterFirst.filter((row) => row.identifier.startsWith(tag)).map((row) => row.identifier)).toEqual([
			`${tag}-later`
		]);

		advanceClock((LOGIN_ATTEMPTS_KEPT_HOURS + 1) * 3600 * 1000);
		await purgeLoginAttempts();
		const afterDay = await db().select({ identifier: loginAttempts.identifier }).from(loginAttempts);
		expect(afterDay.some((row) => row.identifier.startsWith(tag))).toBe(false);
	});
});
