// The log-in limits under pressure: simultaneous guesses must not get more verifications than the limit, and a
// shared address (library, social centre, mobile operator) must not lock out the people behind it.
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, createMember, createNetwork } from '../../../../tests/factories.ts';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, MAX_ADDRESS_DELAY_SECONDS } from '../auth/rate-limit.ts';
import { normaliseLoginCode, sha256 } from '../auth/crypto.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { emailTokens, loginAttempts } from '../db/schema/index.ts';
import { isAppError } from '../errors.ts';
import { MAX_LINKS_PER_HOUR } from './email-links.ts';
import { logInWithCode } from './log-in-with-code.ts';
import { logInWithPassword } from './log-in-with-password.ts';
import { requestMagicLink } from './magic-link.ts';
import { requestPasswordReset } from './request-password-reset.ts';

let ipCounter = 0;
const freshIp = () => `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
const PARALLEL = 50;

/** How each of the promises ended: the error code, or 'ok'. */
async function outcomes(attempts: Promise<unknown>[]): Promise<Record<string, number>> {
	const tally: Record<string, number> = {};
	for (const result of await Promise.allSettled(attempts)) {
		const key =
			result.status === 'fulfilled' ? 'ok' : isAppError(result.reason) ? result.reason.code : String(result.reason);
		tally[key] = (tally[key] ?? 0) + 1;
	}
	return tally;
}

async function attemptsRecorded(identifier: string) {
	const [row] = await db().select({ n: count() }).from(loginAttempts).where(eq(loginAttempts.identifier, identifier));
	return row.n;
}

describe('simultaneous guesses', () => {
	it(`verify at most ${MAX_FAILURES_PER_ACCOUNT} wrong passwords for one account, from many addresses`, async () => {
		const account = await createAccount({ password: 'bonjour-voisin' });
		const tally = await outcomes(
			Array.from({ length: PARALLEL }, (_, i) =>
				logInWithPassword({ email: account.email!, password: `faux-${i}`, ip: freshIp() })
			)
		);
		expect(tally).toEqual({
			invalid_credentials: MAX_FAILURES_PER_ACCOUNT,
			too_many_attempts: PARALLEL - MAX_FAILURES_PER_ACCOUNT
		});
		expect(await attemptsRecorded(account.email!)).toBe(MAX_FAILURES_PER_ACCOUNT);
	});

	it(`verify at most ${MAX_FAILURES_PER_IP} passwords from one address spraying many accounts`, async () => {
		const ip = freshIp();
		const tally = await outcomes(
			Array.from({ length: PARALLEL }, (_, i) =>
				logInWithPassword({ email: `vaporise${i}.${ipCounter}@exemple.org`, password: 'x', ip })
			)
		);
		expect(tally).toEqual({
			invalid_credentials: MAX_FAILURES_PER_IP,
			too_many_attempts_here: PARALLEL - MAX_FAILURES_PER_IP
		});
	});

	it(`check at most ${MAX_FAILURES_PER_ACCOUNT} tries of one printed code, and ${MAX_FAILURES_PER_IP} codes from one address`, async () => {
		const code = 'QQQQ-WWWW-RRRR';
		const sameCode = await outcomes(Array.from({ length: PARALLEL }, () => logInWithCode({ code, ip: freshIp() })));
		expect(sameCode).toEqual({
			invalid_login_code: MAX_FAILURES_PER_ACCOUNT,
			too_many_code_attempts: PARALLEL - MAX_FAILURES_PER_ACCOUNT
		});
		expect(await attemptsRecorded(`code:${sha256(normaliseLoginCode(code))}`)).toBe(MAX_FAILURES_PER_ACCOUNT);

		const ip = freshIp();
		const manyCodes = await outcomes(
			Array.from({ length: PARALLEL }, (_, i) => logInWithCode({ code: `TTTT-YYYY-${1000 + i}`, ip }))
		);
		expect(manyCodes).toEqual({
			invalid_login_code: MAX_FAILURES_PER_IP,
			too_many_code_attempts_here: PARALLEL - MAX_FAILURES_PER_IP
		});
	});

	it(`send at most ${MAX_LINKS_PER_HOUR} emailed links an hour to one account`, async () => {
		const account = await createAccount();
		const origin = 'http://127.0.0.1:3000';
		await Promise.all(
			Array.from({ length: PARALLEL }, (_, i) =>
				i % 2 === 0
					? requestMagicLink({ email: account.email!, origin })
					: requestPasswordReset({ email: account.email!, origin })
			)
		);
		const [row] = await db().select({ n: count() }).from(emailTokens).where(eq(emailTokens.accountId, account.id));
		expect(row.n).toBe(MAX_LINKS_PER_HOUR);
	});
});

describe('a shared address', () => {
	/** Twenty failures from one address, on accounts that do not exist: a spraying attempt or a crowded room. */
	async function failTwentyTimes(ip: string) {
		for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
			await expect(
				logInWithPassword({ email: `inconnu${i}.${ipCounter}@exemple.org`, password: 'x', ip })
			).rejects.toMatchObject({ code: 'invalid_credentials' });
		}
	}

	it('lets the right password of an unlocked account in once the short delay has passed', async () => {
		const ip = freshIp();
		await failTwentyTimes(ip);
		const neighbour = await createAccount({ password: 'bonjour-voisin' });
		await expect(logInWithPassword({ email: neighbour.email!, password: 'bonjour-voisin', ip })).rejects.toMatchObject({
			code: 'too_many_attempts_here',
			params: { seconds: '2' }
		});
		advanceClock(1_100);
		expect(await logInWithPassword({ email: neighbour.email!, password: 'bonjour-voisin', ip })).toBe(neighbour.id);
	});

	it('slows wrong passwords down more and more, up to a cap, and says how long to wait', async () => {
		const ip = freshIp();
		await failTwentyTimes(ip);
		const neighbour = await createAccount({ password: 'bonjour-voisin' });
		const waits: number[] = [];
		for (let i = 0; i < 10; i++) {
			const refusal = await logInWithPassword({ email: `autre${i}.${ipCounter}@exemple.org`, password: 'x', ip }).catch(
				(e: unknown) => e
			);
			expect(refusal).toMatchObject({ code: 'too_many_attempts_here' });
			const seconds = Number((refusal as { params: { seconds: string } }).params.seconds);
			waits.push(seconds);
			advanceClock(seconds * 1000);
			await expect(
				logInWithPassword({ email: `autre${i}.${ipCounter}@exemple.org`, password: 'x', ip })
			).rejects.toMatchObject({ code: 'invalid_credentials' });
		}
		expect(waits).toEqual([2, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
		expect(Math.max(...waits)).toBe(MAX_ADDRESS_DELAY_SECONDS);
		// The right password still gets in, once the delay is respected.
		advanceClock(MAX_ADDRESS_DELAY_SECONDS * 1000);
		expect(await logInWithPassword({ email: neighbour.email!, password: 'bonjour-voisin', ip })).toBe(neighbour.id);
	});

	it('gives the delay back once the failures leave the 15-minute window', async () => {
		const ip = freshIp();
		await failTwentyTimes(ip);
		advanceClock(16 * 60 * 1000);
		await expect(logInWithPassword({ email: 'encore@exemple.org', password: 'x', ip })).rejects.toMatchObject({
			code: 'invalid_credentials'
		});
		await expect(logInWithPassword({ email: 'encore@exemple.org', password: 'x', ip })).rejects.toMatchObject({
			code: 'invalid_credentials'
		});
	});

	it('slows printed codes from that address too, and lets the right code in after the delay', async () => {
		const ip = freshIp();
		for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
			await expect(logInWithCode({ code: `ZZZZ-ZZZZ-${1000 + i}`, ip })).rejects.toMatchObject({
				code: 'invalid_login_code',
				field: 'code'
			});
		}
		const network = await createNetwork();
		const member = await createMember(network.id, { email: null, loginCode: 'HHHH-JJJJ-KKKK' });
		await expect(logInWithCode({ code: 'HHHH-JJJJ-KKKK', ip })).rejects.toMatchObject({
			code: 'too_many_code_attempts_here',
			field: 'code'
		});
		advanceClock(1_100);
		expect(await logInWithCode({ code: 'HHHH-JJJJ-KKKK', ip })).toBe(member.id);
	});
});

describe('a locked account', () => {
	it('refuses even the right password from a fresh address, but the attempt marked succeeded is not a failure', async () => {
		const account = await createAccount({ password: 'bonjour-voisin' });
		expect(await logInWithPassword({ email: account.email!, password: 'bonjour-voisin', ip: freshIp() })).toBe(
			account.id
		);
		const [success] = await db()
			.select({ n: count() })
			.from(loginAttempts)
			.where(and(eq(loginAttempts.identifier, account.email!), eq(loginAttempts.succeeded, true)));
		expect(success.n).toBe(1);
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
			await expect(logInWithPassword({ email: account.email!, password: 'non', ip: freshIp() })).rejects.toMatchObject({
				code: 'invalid_credentials'
			});
		}
		await expect(
			logInWithPassword({ email: account.email!, password: 'bonjour-voisin', ip: freshIp() })
		).rejects.toMatchObject({ code: 'too_many_attempts' });
	});
});
