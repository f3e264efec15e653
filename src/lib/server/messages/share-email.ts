import { eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { sendMessage } from './send-message.ts';

/**
 * « Partager mon adresse e-mail ici »: nobody's address is ever shown to others, unless they choose to post it
 * in a conversation, which this does as a message of kind 'contact' (decision 018).
 */
export async function shareEmail(options: { actor: Actor | null; networkId: string; conversationId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const [account] = await db().select({ email: accounts.email }).from(accounts).where(eq(accounts.id, actor.accountId));
	if (!account?.email) throw new AppError('no_email_to_share');
	return sendMessage({ ...options, body: account.email, kind: 'contact' });
}
