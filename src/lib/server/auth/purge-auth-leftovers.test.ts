import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { emailTokens, loginAttempts, sessions } from '../db/schema/index.ts';
import { AUTH_LEFTOVERS_KEPT_HOURS, purgeAuthLeftovers, purgeLoginAttempts } from './purge-auth-leftovers.ts';
import { sha256 } from './crypto.ts';
import { createSession, findSession } from './sessions.ts';

const HOUR = 3600 * 1000;
const hoursAgo = (hours: number) => new Date(now().getTime() - hours * HOUR);
const kept = AUTH_LEFTOVERS_KEPT_HOURS;
const eqHash = (token: string) => eq(sessions.idHash, sha256(token));

describe('purgeAuthLeftovers', () => {
	it('deletes log-in attempts older than a day and keeps the recent ones', async () => {
		const tag = `purge-${crypto.randomUUID()}`;
		const attempt = (name: string, at: Date) => ({
			identifier: `${tag}-${name}`,
			ip: '192.0.2.1',
			succeeded: false,
			at
		});
		await db()
			.insert(loginAttempts)
			.values([
				attempt('old-1', hoursAgo(kept + 5)),
				attempt('old-2', hoursAgo(kept + 1)),
				attempt('recent', hoursAgo(kept - 1)),
				attempt('now', now())
			]);

		expect(await purgeLoginAttempts()).toBeGreaterThanOrEqual(2);

		const left = await db().select({ identifier: loginAttempts.identifier }).from(loginAttempts);
		expect(
			left
				.map((row) => row.identifier)
				.filter((id) => id.startsWith(tag))
				.sort()
		).toEqual([`${tag}-now`, `${tag}-recent`]);
	});

	it('goes on past one batch, and a day later deletes what was recent', async () => {
		const tag = `purge-many-${crypto.randomUUID()}`;
		const old = hoursAgo(kept + 2);
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
		const mine = async () =>
			(await db().select({ identifier: loginAttempts.identifier }).from(loginAttempts))
				.map((row) => row.identifier)
				.filter((id) => id.startsWith(tag));
		expect(await mine()).toEqual([`${tag}-later`]);

		advanceClock((kept + 1) * HOUR);
		await purgeLoginAttempts();
		expect(await mine()).toEqual([]);
	});

	it('deletes sessions expired for a day and emailed links expired for a day, not the live ones', async () => {
		const account = await createAccount();
		const live = await createSession(account.id);
		const stale = await createSession(account.id);
		await db()
			.update(sessions)
			.set({ expiresAt: hoursAgo(kept + 1) })
			.where(eqHash(stale.token));
		const tokens = [
			{ tokenHash: `live-${crypto.randomUUID()}`, expiresAt: new Date(now().getTime() + HOUR), usedAt: null },
			{ tokenHash: `used-${crypto.randomUUID()}`, expiresAt: hoursAgo(kept + 2), usedAt: hoursAgo(kept + 3) },
			{ tokenHash: `unused-${crypto.randomUUID()}`, expiresAt: hoursAgo(kept + 2), usedAt: null },
			{ tokenHash: `lately-${crypto.randomUUID()}`, expiresAt: hoursAgo(1), usedAt: null }
		];
		await db()
			.insert(emailTokens)
			.values(
				tokens.map((t) => ({ ...t, accountId: account.id, purpose: 'magic_link', createdAt: hoursAgo(kept + 4) }))
			);

		await purgeAuthLeftovers();

		expect(await findSession(live.token)).toBeTruthy();
		const sessionsLeft = await db().select({ accountId: sessions.accountId }).from(sessions);
		expect(sessionsLeft.filter((row) => row.accountId === account.id)).toHaveLength(1);
		const tokensLeft = (await db().select({ tokenHash: emailTokens.tokenHash }).from(emailTokens)).map(
			(t) => t.tokenHash
		);
		expect(tokens.map((t) => tokensLeft.includes(t.tokenHash))).toEqual([true, false, false, true]);
	});
});
