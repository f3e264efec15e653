import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createAccount } from '../../../../tests/factories.ts';
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
			password: 'nouveau-mot-de-passe'
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
				password: 'nouveau-mot-de-passe'
			})
		).rejects.toMatchObject({ code: 'invalid_credentials', field: 'currentPassword' });
		expect((await accountRow(person.id)).passwordHash).toBe(before);
	});

	it('lets a person who logged in by link set a first password without a current one', async () => {
		const person = await createAccount();
		await changePassword({ actor: await actorOf(person.id), currentPassword: '', password: 'premier-mot-de-passe' });
		expect(await logInWithPassword({ email: person.email!, password: 'premier-mot-de-passe', ip })).toBe(person.id);
	});

	it('is refused to visitors and to members without email, and changes nothing', async () => {
		await expect(
			changePassword({ actor: null, currentPassword: '', password: 'nouveau-mot-de-passe' })
		).rejects.toMatchObject({ code: 'not_logged_in' });
		const withoutEmail = await createAccount({ email: null });
		await expect(
			changePassword({ actor: await actorOf(withoutEmail.id), currentPassword: '', password: 'nouveau-mot-de-passe' })
		).rejects.toMatchObject({ code: 'forbidden' });
		expect((await accountRow(withoutEmail.id)).passwordHash).toBeNull();
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
