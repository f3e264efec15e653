import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';

/** How many conversations the list shows (most recent first). */
export const CONVERSATION_LIST_SIZE = 100;

type Row = {
	id: string;
	last_message_at: Date | string;
	post_title: string | null;
	others: string[] | null;
	unread: number;
};

/**
 * « Messages »: the conversations the actor is still in, most recent first, with the other people's names, the
 * post of its introduction if any, and how many messages from others they have not read.
 */
export async function listConversations(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const rows = await sqlRows<Row>(
		db(),
		sql`select c.id, c.last_message_at, po.title as post_title,
				(select array_agg(a.name order by a.name) from conversation_participants o
					join accounts a on a.id = o.account_id
					where o.conversation_id = c.id and o.account_id <> p.account_id) as others,
				(select count(*)::int from messages m
					where m.conversation_id = c.id and m.id > coalesce(p.last_read_message_id, 0)
						and m.author_account_id <> p.account_id) as unread
			from conversation_participants p
			join conversations c on c.id = p.conversation_id
			left join introductions i on i.id = c.introduction_id
			left join posts po on po.id = i.post_id
			where p.account_id = ${actor.accountId} and p.network_id = ${options.networkId} and p.left_at is null
			order by c.last_message_at desc
			limit ${CONVERSATION_LIST_SIZE}`
	);
	return rows.map((r) => ({
		id: r.id,
		lastMessageAt: new Date(r.last_message_at),
		postTitle: r.post_title,
		others: r.others ?? [],
		unread: Number(r.unread)
	}));
}
