import { describe, expect, it } from 'vitest';
import { createAccount, createMember, createNetwork } from '../../../../tests/factories.ts';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from '../auth/rate-limit.ts';
import { advanceClock } from '../clock.ts';
import { logInWithCode } from './log-in-with-code.ts';
import { logInWithPassword } from './log-in-with-password.ts';

let ipCounter = 0;
const freshIp = () => `10.0.0.${++ipCounter}`;

describe('logInWithPassword', () => {
	it('returns the account for the right password, whatever the case of the email', async () => {
		const account = await createAccount({ password: 'bonjour-voisin' });
		const id = await logInWithPassword({
			email: account.email!.toUpperCase(),
			password: 'bonjour-voisin',
			ip: freshIp()
		});
		expect(id).toBe(account.id);
	});

	it('refuses a wrong password and an unknown email with the same message', async () => {
		const account = await createAccount({ password: 'bonjour-voisin' });
		await expect(
			logInWithPassword({ email: account.email!, password: 'mauvais', ip: freshIp() })
		).rejects.toMatchObject({
			code: 'invalid_credentials'
		});
		await expect(
			logInWithPassword({ email: 'personne@exemple.org', password: 'x', ip: freshIp() })
		).rejects.toMatchObject({
			code: 'invalid_credentials'
		});
	});

	it('refuses an account without a password (created without email or via a link only)', async () => {
		const account = await createAccount({});
		await expect(logInWithPassword({ email: account.email!, password: '', ip: freshIp() })).rejects.toMatchObject({
			code: 'invalid_credentials'
		});
	});

	it('locks an account after repeated failures, even with the right password, until the window passes', async () => {
		const account = await createAccount({ password: 'bonjour-voisin' });
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
			await expect(logInWithPassword({ email: account.email!, password: 'non', ip: freshIp() })).rejects.toMatchObject({
				code: 'invalid_credentials'
			});
		}
		await expect(
			logInWithPassword({ email: account.email!, password: 'bonjour-voisin', ip: freshIp() })
		).rejects.toMatchObject({
			code: 'too_many_attempts'
		});
		advanceClock(16 * 60 * 1000);
		expect(await logInWithPassword({ email: account.email!, password: 'bonjour-voisin', ip: freshIp() })).toBe(
			account.id
		);
	});

	it('slows down an address that tries many accounts, without locking out the others behind it', async () => {
		const ip = freshIp();
		for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
			await logInWithPassword({ email: `inconnu${i}@exemple.org`, password: 'x', ip }).catch(() => {});
		}
		const account = await createAccount({ password: 'bonjour-voisin' });
		await expect(logInWithPassword({ email: account.email!, password: 'bonjour-voisin', ip })).rejects.toMatchObject({
			code: 'too_many_attempts_here'
		});
		expect(await logInWithPassword({ email: account.email!, password: 'bonjour-voisin', ip: freshIp() })).toBe(
			account.id
		);
		advanceClock(2_000);
		expect(await logInWithPassword({ email: account.email!, password: 'bonjour-voisin', ip })).toBe(account.id);
	});
});

describe('logInWithCode', () => {
	it('logs in a member without email with the printed code, typed loosely', async () => {
		const network = await createNetwork();
		const member = await createMember(network.id, { email: null, loginCode: 'K7MQ-2XHD-9PRA' });
		expect(await logInWithCode({ code: 'k7mq 2xhd 9pra', ip: freshIp() })).toBe(member.id);
	});

	it('refuses an unknown code on the code field, and slows down guessing from one address', async () => {
		const ip = freshIp();
		await expect(logInWithCode({ code: 'AAAA-BBBB-CCCC', ip })).rejects.toMatchObject({
			code: 'invalid_login_code',
			field: 'code'
		});
		for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await logInWithCode({ code: `ZZZZ-ZZZZ-ZZ${i}`, ip }).catch(() => {});
		const network = await createNetwork();
		await createMember(network.id, { email: null, loginCode: 'HHHH-JJJJ-KKKK' });
		await expect(logInWithCode({ code: 'HHHH-JJJJ-KKKK', ip })).rejects.toMatchObject({
			code: 'too_many_code_attempts_here',
			field: 'code'
		});
	});
});
