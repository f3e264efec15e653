import { db } from '../db/client.ts';
import { magicLinkEmail } from '../email/templates.ts';
import { queueEmail } from '../email/queue-email.ts';
import { consumeEmailLink, createLimitedEmailLink, LINK_MINUTES } from './email-links.ts';
import { findAccountByEmail } from './find-account.ts';
import type { Locale } from './locale.ts';

/** Emails a one-time log-in link if the address belongs to an account. Says nothing either way. */
export async function requestMagicLink({ email, origin }: { email: string; origin: string }): Promise<void> {
	const account = await findAccountByEmail(email);
	if (!account?.email) return;
	const to = account.email;
	await db().transaction(async (tx) => {
		const token = await createLimitedEmailLink(tx, account.id, 'magic_link');
		if (!token) return; // enough links this hour: say nothing, send nothing
		const message = magicLinkEmail({
			locale: account.locale as Locale,
			name: account.name,
			url: `${origin}/connexion/lien/${token}`,
			minutes: LINK_MINUTES.magic_link
		});
		await queueEmail({ to, toAccountId: account.id, message, tx });
	});
}

export function logInWithMagicLink({ token }: { token: string }): Promise<string> {
	return consumeEmailLink(token, 'magic_link');
}
