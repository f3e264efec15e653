import { AppError } from '../errors.ts';
import { verifyPassword } from '../auth/crypto.ts';
import { withLoginAttempt } from '../auth/rate-limit.ts';
import { findAccountByEmail } from './find-account.ts';

/**
 * Checks an email and password; returns the account id. Rate-limited per account and per address: the attempt
 * is reserved before the (slow) password check, so simultaneous guesses count against each other.
 */
export async function logInWithPassword({ email, password, ip }: { email: string; password: string; ip: string }) {
	const identifier = email.toLowerCase();
	let accountId: string | undefined;
	const ok = await withLoginAttempt({ identifier, ip }, async () => {
		const account = await findAccountByEmail(identifier);
		accountId = account?.id;
		// Verified even without an account (against no hash): the answer takes as long either way.
		const right = await verifyPassword(account?.passwordHash ?? null, password);
		return right && Boolean(account);
	});
	if (!ok || !accountId) throw new AppError('invalid_credentials');
	return accountId;
}
