import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../auth/crypto.ts';
import { requireAccount, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Locale } from './locale.ts';

export async function setAccountLocale({ actor, locale }: { actor: Actor | null; locale: Locale }) {
	const account = requireAccount(actor);
	await db().update(accounts).set({ locale }).where(eq(accounts.id, account.accountId));
}

/** Changes the password; the current one is required when the account has one. */
export async function changePassword(options: { actor: Actor | null; currentPassword: string; password: string }) {
	const account = requireAccount(options.actor);
	const [row] = await db()
		.select({ email: accounts.email, passwordHash: accounts.passwordHash })
		.from(accounts)
		.where(eq(accounts.id, account.accountId));
	// Password log-in is by email: members without one log in with their printed code.
	if (!row?.email) throw new AppError('forbidden');
	if (row.passwordHash && !(await verifyPassword(row.passwordHash, options.currentPassword))) {
		throw new AppError('invalid_credentials', 'currentPassword');
	}
	const passwordHash = await hashPassword(options.password);
	await db().update(accounts).set({ passwordHash }).where(eq(accounts.id, account.accountId));
}
