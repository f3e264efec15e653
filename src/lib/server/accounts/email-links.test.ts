import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, createMember, createNetwork } from '../../../../tests/factories.ts';
import { createSession, findSession } from '../auth/sessions.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, emails } from '../db/schema/index.ts';
import { logInWithPassword } from './log-in-with-password.ts';
import { logInWithMagicLink, requestMagicLink } from './magic-link.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { resetPassword } from './reset-password.ts';

const origin = 'http://127.0.0.1:3000';

async function lastEmailTo(address: string) {
	const [row] = await db()
		.select()
		.from(emails)
		.where(eq(emails.toAddress, address))
		.orderBy(desc(emails.createdAt))
		.limit(1);
	return row;
}

function tokenIn(text: string, path: string) {
	const match = text.match(new RegExp(`${origin}${path}/([A-Za-z0-9_-]+)`));
	if (!match) throw new Error(`No link to ${path} in: ${text}`);
	return match[1];
}

describe('password reset', () => {
	it('emails a single-use link in French that sets a new password and ends other sessions', async () => {
		const account = await createAccount({ password: 'ancien-mot-de-passe' });
		const oldSession = await createSession(account.id);
		await requestPasswordReset({ email: account.email!, origin });
		const email = await lastEmailTo(account.email!);
		expect(email.subject).toBe('Choisir un nouveau mot de passe');
		expect(email.status).toBe('outbox');
		expect(email.textBody).toContain(`Bonjour ${account.name},`);
		expect(email.htmlBody).toContain('<html lang="fr">');
		const token = tokenIn(email.textBody, '/mot-de-passe');

		await resetPassword({ token, password: 'nouveau-mot-de-passe' });
		expect(await logInWithPassword({ email: account.email!, password: 'nouveau-mot-de-passe', ip: '10.1.0.1' })).toBe(
			account.id
		);
		expect(await findSession(oldSession.token)).toBeUndefined();
		await expect(resetPassword({ token, password: 'troisieme-essai' })).rejects.toMatchObject({
			code: 'token_invalid'
		});
	});

	it('writes the email in English for an English-speaking account', async () => {
		const account = await createAccount({ locale: 'en' });
		await requestPasswordReset({ email: account.email!, origin });
		expect((await lastEmailTo(account.email!)).subject).toBe('Choose a new password');
	});

	it('refuses an expired link and leaves the password unchanged', async () => {
		const account = await createAccount({ password: 'ancien-mot-de-passe' });
		await requestPasswordReset({ email: account.email!, origin });
		const token = tokenIn((await lastEmailTo(account.email!)).textBody, '/mot-de-passe');
		advanceClock(61 * 60 * 1000);
		await expect(resetPassword({ token, password: 'nouveau-mot-de-passe' })).rejects.toMatchObject({
			code: 'token_invalid'
		});
		const [row] = await db().select().from(accounts).where(eq(accounts.id, account.id));
		expect(row.passwordHash).toBe(account.passwordHash);
	});

	it('says nothing and sends nothing for an unknown address or a member without email', async () => {
		const before = await db().$count(emails);
		await requestPasswordReset({ email: 'inconnu@exemple.org', origin });
		const network = await createNetwork();
		await createMember(network.id, { email: null });
		expect(await db().$count(emails)).toBe(before);
	});

	it('refuses a made-up token', async () => {
		await expect(resetPassword({ token: 'invente', password: 'nouveau-mot-de-passe' })).rejects.toMatchObject({
			code: 'token_invalid'
		});
	});
});

describe('log-in link', () => {
	it('logs in once with the emailed link, within 20 minutes', async () => {
		const account = await createAccount({});
		await requestMagicLink({ email: account.email!, origin });
		const email = await lastEmailTo(account.email!);
		expect(email.subject).toBe('Votre lien de connexion');
		const token = tokenIn(email.textBody, '/connexion/lien');
		expect(await logInWithMagicLink({ token })).toBe(account.id);
		await expect(logInWithMagicLink({ token })).rejects.toMatchObject({ code: 'token_invalid' });
	});

	it('expires after 20 minutes, and a reset link cannot be used as a log-in link', async () => {
		const account = await createAccount({});
		await requestMagicLink({ email: account.email!, origin });
		const expired = tokenIn((await lastEmailTo(account.email!)).textBody, '/connexion/lien');
		advanceClock(21 * 60 * 1000);
		await expect(logInWithMagicLink({ token: expired })).rejects.toMatchObject({ code: 'token_invalid' });

		await requestPasswordReset({ email: account.email!, origin });
		const resetToken = tokenIn((await lastEmailTo(account.email!)).textBody, '/mot-de-passe');
		await expect(logInWithMagicLink({ token: resetToken })).rejects.toMatchObject({ code: 'token_invalid' });
	});
});

describe('link flooding', () => {
	it('sends at most 5 links an hour to one account, then again after an hour', async () => {
		const account = await createAccount({});
		const count = async () => (await db().select().from(emails).where(eq(emails.toAddress, account.email!))).length;
		for (let i = 0; i < 7; i++) {
			await (i % 2 ? requestMagicLink : requestPasswordReset)({ email: account.email!, origin });
		}
		expect(await count()).toBe(5);
		advanceClock(61 * 60 * 1000);
		await requestMagicLink({ email: account.email!, origin });
		expect(await count()).toBe(6);
	});
});
