import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createAccount } from '../../../../tests/factories.ts';
import { verifyPassword } from '../auth/crypto.ts';
import { MAX_FAILURES_PER_ACCOUNT } from '../auth/rate-limit.ts';
import { createSession, findSession } from '../auth/sessions.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { logInWithPassword } from './log-in-with-password.ts';
import { changePassword, setAccountLocale } from './update-account.ts';

const ip = '192.0.2.10';

async function accountRow(id: string) {
	const [row] = await db().select().from(accounts).where(eq(accounts.id, id));
	return row;
}

describe('changePassword', () => {
	it('replaces the password when the current one is given: the old one stops working', async () => {
		const person = await createAccount({ password: 'ancien-mot-de-passe' });
		await changePassword({
			actor: await actorOf(person.id),
			currentPassword: 'ancien-mot-de-passe',
			password: 'nouveau-mot-de-passe',
			sessionToken: undefined,
			ip
		});
		expect(await logInWithPassword({ email: person.email!, password: 'nouveau-mot-de-passe', ip })).toBe(person.id);
		await expect(
			logInWithPassword({ email: person.email!, password: 'ancien-mot-de-passe', ip })
		).rejects.toMatchObject({
			code: 'invalid_credentials'
		});
	});

	it('refuses a wrong current password on its field and keeps the old password', async () => {
		const person = await createAccount({ password: 'ancien-mot-de-passe' });
		const before = (await accountRow(person.id)).passwordHash;
		await expect(
			changePassword({
				actor: await actorOf(person.id),
				currentPassword: 'pas-le-bon',
				password: 'nouveau-mot-de-passe',
				sessionToken: undefined,
				ip
			})
		).rejects.toMatchObject({ code: 'invalid_credentials', field: 'currentPassword' });
		expect((await accountRow(person.id)).passwordHash).toBe(before);
	});

	it('lets a person who logged in by link set a first password without a current one', async () => {
		const person = await createAccount();
		await changePassword({
			actor: await actorOf(person.id),
			currentPassword: '',
			password: 'premier-mot-de-passe',
			sessionToken: undefined,
			ip
		});
		expect(await logInWithPassword({ email: person.email!, password: 'premier-mot-de-passe', ip })).toBe(person.id);
	});

	it('is refused to visitors and to members without email, and changes nothing', async () => {
		await expect(
			changePassword({
				actor: null,
				currentPassword: '',
				password: 'nouveau-mot-de-passe',
				sessionToken: undefined,
				ip
			})
		).rejects.toMatchObject({ code: 'not_logged_in' });
		const withoutEmail = await createAccount({ email: null });
		await expect(
			changePassword({
				actor: await actorOf(withoutEmail.id),
				currentPassword: '',
				password: 'nouveau-mot-de-passe',
				sessionToken: undefined,
				ip
			})
		).rejects.toMatchObject({ code: 'forbidden' });
		expect((await accountRow(withoutEmail.id)).passwordHash).toBeNull();
	});
});

describe('changePassword, against someone else who knew the old password', () => {
	it('ends every other session of the account and keeps the current one', async () => {
		const person = await createAccount({ password: 'ancien-mot-de-passe' });
		const here = await createSession(person.id);
		const phone = await createSession(person.id);
		const stolen = await createSession(person.id);
		const neighbour = await createAccount();
		const neighbourSession = await createSession(neighbour.id);
		await changePassword({
			actor: await actorOf(person.id),
			currentPassword: 'ancien-mot-de-passe',
			password: 'nouveau-mot-de-passe',
			sessionToken: here.token,
			ip
		});
		expect((await findSession(here.token))?.accountId).toBe(person.id);
		expect(await findSession(phone.token)).toBeUndefined();
		expect(await findSession(stolen.token)).toBeUndefined();
		expect((await findSession(neighbourSession.token))?.accountId).toBe(neighbour.id);
	});

	it('ends no session when the current password is wrong', async () => {
		const person = await createAccount({ password: 'ancien-mot-de-passe' });
		const here = await createSession(person.id);
		const phone = await createSession(person.id);
		await expect(
			changePassword({
				actor: await actorOf(person.id),
				currentPassword: 'pas-le-bon',
				password: 'nouveau-mot-de-passe',
				sessionToken: here.token,
				ip
			})
		).rejects.toMatchObject({ code: 'invalid_credentials' });
		expect(await findSession(phone.token)).toBeDefined();
	});

	it(`limits the current-password check: after ${MAX_FAILURES_PER_ACCOUNT} wrong ones, even the right one is refused`, async () => {
		const person = await createAccount({ password: 'ancien-mot-de-passe' });
		const actor = await actorOf(person.id);
		const attempt = (currentPassword: string) =>
			changePassword({ actor, currentPassword, password: 'nouveau-mot-de-passe', sessionToken: undefined, ip });
		for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
			await expect(attempt(`devinette-${i}`)).rejects.toMatchObject({
				code: 'invalid_credentials',
				field: 'currentPassword'
			});
		}
		await expect(attempt('ancien-mot-de-passe')).rejects.toMatchObject({
			code: 'too_many_password_checks',
			field: 'currentPassword'
		});
		expect(await verifyPassword((await accountRow(person.id)).passwordHash, 'ancien-mot-de-passe')).toBe(true);
		// The same bucket as the log-in page: a session gives no extra guesses there either.
		await expect(
			logInWithPassword({ email: person.email!, password: 'ancien-mot-de-passe', ip: '192.0.2.11' })
		).rejects.toMatchObject({ code: 'too_many_attempts' });
		advanceClock(16 * 60 * 1000);
		await attempt('ancien-mot-de-passe');
		expect(await logInWithPassword({ email: person.email!, password: 'nouveau-mot-de-passe', ip })).toBe(person.id);
	});

	it('counts simultaneous wrong guesses against the limit too', async () => {
		const person = await createAccount({ password: 'ancien-mot-de-passe' });
		const actor = await actorOf(person.id);
		const results = await Promise.allSettled(
			Array.from({ length: 30 }, (_, i) =>
				changePassword({
					actor,
					currentPassword: `faux-${i}`,
					password: 'nouveau-mot-de-passe',
					sessionToken: undefined,
					ip
				})
			)
		);
		const codes = results.map((r) => (r.status === 'rejected' ? (r.reason as { code: string }).code : 'ok'));
		expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
		expect(codes.filter((c) => c === 'too_many_password_checks')).toHaveLength(30 - MAX_FAILURES_PER_ACCOUNT);
	});
});

describe('setAccountLocale', () => {
	it('remembers the language of the person, and only theirs', async () => {
		const person = await createAccount();
		const neighbour = await createAccount();
		await setAccountLocale({ actor: await actorOf(person.id), locale: 'en' });
		expect((await accountRow(person.id)).locale).toBe('en');
		expect((await accountRow(neighbour.id)).locale).toBe('fr');
	});

	it('is refused to visitors', async () => {
		await expect(setAccountLocale({ actor: null, locale: 'en' })).rejects.toMatchObject({ code: 'not_logged_in' });
	});
});
