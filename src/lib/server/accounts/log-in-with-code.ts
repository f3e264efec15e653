import { eq } from 'drizzle-orm';
import { normaliseLoginCode, sha256 } from '../auth/crypto.ts';
import { assertLoginAllowed, recordLoginAttempt } from '../auth/rate-limit.ts';
import { db } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

/** Logs in a member created without email, with the code printed on their welcome sheet. */
export async function logInWithCode({ code, ip }: { code: string; ip: string }) {
	const normalised = normaliseLoginCode(code);
	const identifier = `code:${sha256(normalised)}`;
	await assertLoginAllowed(identifier, ip);
	const [account] = await db()
		.select({ id: accounts.id })
		.from(accounts)
		.where(eq(accounts.loginCodeHash, sha256(normalised)))
		.limit(1);
	await recordLoginAttempt(identifier, ip, Boolean(account));
	if (!account) throw new AppError('invalid_login_code', 'code');
	return account.id;
}
