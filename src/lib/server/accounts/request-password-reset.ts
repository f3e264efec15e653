import { db } from '../db/client.ts';
import { passwordResetEmail } from '../email/templates.ts';
import { queueEmail } from '../email/queue-email.ts';
import { createLimitedEmailLink, LINK_MINUTES } from './email-links.ts';
import { findAccountByEmail } from './find-account.ts';
import type { Locale } from './locale.ts';

/** Emails a reset link if the address belongs to an account. Says nothing either way, to protect privacy. */
export async function requestPasswordReset({ email, origin }: { email: string; origin: string }): Promise<void> {
	const account = await findAccountByEmail(email);
	if (!account?.email) return;
	const to = account.email;
	await db().transaction(async (tx) => {
		const token = await createLimitedEmailLink(tx, account.id, 'password_reset');
		if (!token) return; // enough links this hour: say nothing, send nothing
		const message = passwordResetEmail({
			locale: account.locale as Locale,
			name: account.name,
			url: `${origin}/mot-de-passe/${token}`,
			minutes: LINK_MINUTES.password_reset
		});
		await queueEmail({ to, toAccountId: account.id, message, tx });
	});
}
