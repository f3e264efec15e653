import { eq } from 'drizzle-orm';
import { endAllSessions } from '../auth/sessions.ts';
import { hashPassword } from '../auth/crypto.ts';
import { db } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { consumeEmailLink } from './email-links.ts';

/** Sets a new password from a reset link; every other session of the account is ended. */
export async function resetPassword({ token, password }: { token: string; password: string }): Promise<string> {
	const passwordHash = await hashPassword(password);
	const accountId = await db().transaction(async (tx) => {
		const id = await consumeEmailLink(token, 'password_reset', tx);
		await tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, id));
		return id;
	});
	await endAllSessions(accountId);
	return accountId;
}
