import { AppError } from '../errors.ts';
import { verifyPassword } from '../auth/crypto.ts';
import { assertLoginAllowed, recordLoginAttempt } from '../auth/rate-limit.ts';
import { findAccountByEmail } from './find-account.ts';

/** Checks an email and password; returns the account id. Rate-limited per account and per address. */
export async function logInWithPassword({ email, password, ip }: { email: string; password: string; ip: string }) {
	const identifier = email.toLowerCase();
	await assertLoginAllowed(identifier, ip);
	const account = await findAccountByEmail(identifier);
	const ok = await verifyPassword(account?.passwordHash ?? null, password);
	await recordLoginAttempt(identifier, ip, ok);
	if (!ok || !account) throw new AppError('invalid_credentials');
	return account.id;
}
