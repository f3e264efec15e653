import { sql } from 'drizzle-orm';
import { membershipIn, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';

/**
 * The messages from others the actor has not read, in the conversations of this network they are still in: the
 * navigation badge, read on every page, so one indexed query (conversation_participants_account_idx, then
 * messages_conversation_idx). Visitors and non-members have none.
 */
export async function countUnreadMessages(options: { actor: Actor | null; networkId: string }): Promise<number> {
	const { actor } = options;
	if (!actor || membershipIn(actor, options.networkId)?.status !== 'active') return 0;
	const [row] = await sqlRows<{ n: number }>(
		db(),
		sql`select count(*)::int as n
			from conversation_participants p
			join messages m on m.conversation_id = p.conversation_id
				and m.id > coalesce(p.last_read_message_id, 0) and m.author_account_id <> p.account_id
			where p.account_id = ${actor.accountId} and p.network_id = ${options.networkId} and p.left_at is null`
	);
	return Number(row?.n ?? 0);
}
