import { eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../auth/crypto.ts';
import { requireAccount, type Actor } from '../auth/policies.ts';
import { withLoginAttempt, type Refusals } from '../auth/rate-limit.ts';
import { endOtherSessions } from '../auth/sessions.ts';
import { db } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Locale } from './locale.ts';

export async function setAccountLocale({ actor, locale }: { actor: Actor | null; locale: Locale }) {
	const account = requireAccount(actor);
	await db().update(accounts).set({ locale }).where(eq(accounts.id, account.accountId));
}

// Someone holding an open session must not get more guesses at the password than the log-in page gives: the
// check counts in the same per-account bucket (the email) and per-address bucket as a log-in (decision 005).
const CURRENT_PASSWORD_CHECK: Refusals = {
	locked: 'too_many_password_checks',
	slowed: 'too_many_password_checks_here',
	field: 'currentPassword'
};

/**
 * Changes the password; the current one is required when the account has one. Every other session of the
 * account ends (whoever knew the old password is logged out); the session of `sessionToken` stays.
 */
export async function changePassword(options: {
	actor: Actor | null;
	currentPassword: string;
	password: string;
	sessionToken: string | undefined;
	ip: string;
}) {
	const account = requireAccount(options.actor);
	const [row] = await db()
		.select({ email: accounts.email, passwordHash: accounts.passwordHash })
		.from(accounts)
		.where(eq(accounts.id, account.accountId));
	// Password log-in is by email: members without one log in with their printed code.
	if (!row?.email) throw new AppError('forbidden');
	const { passwordHash: currentHash, email } = row;
	if (currentHash) {
		const right = await withLoginAttempt({ identifier: email, ip: options.ip, refusals: CURRENT_PASSWORD_CHECK }, () =>
			verifyPassword(currentHash, options.currentPassword)
		);
		if (!right) throw new AppError('invalid_credentials', 'currentPassword');
	}
	const passwordHash = await hashPassword(options.password);
	await db().transaction(async (tx) => {
		await tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, account.accountId));
		await endOtherSessions(account.accountId, options.sessionToken, tx);
	});
}
