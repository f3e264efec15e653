import { eq } from 'drizzle-orm';
import { normaliseLoginCode, sha256 } from '../auth/crypto.ts';
import { withLoginAttempt, type Refusals } from '../auth/rate-limit.ts';
import { db } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

// Members with a printed code have no email: the refusals point to the team and the sheet, not to a link.
const CODE_LOG_IN: Refusals = {
	locked: 'too_many_code_attempts',
	slowed: 'too_many_code_attempts_here',
	field: 'code'
};

/** Logs in a member created without email, with the code printed on their welcome sheet. */
export async function logInWithCode({ code, ip }: { code: string; ip: string }) {
	const hash = sha256(normaliseLoginCode(code));
	let accountId: string | undefined;
	await withLoginAttempt({ identifier: `code:${hash}`, ip, refusals: CODE_LOG_IN }, async () => {
		const [account] = await db()
			.select({ id: accounts.id })
			.from(accounts)
			.where(eq(accounts.loginCodeHash, hash))
			.limit(1);
		accountId = account?.id;
		return Boolean(account);
	});
	if (!accountId) throw new AppError('invalid_login_code', 'code');
	return accountId;
}
