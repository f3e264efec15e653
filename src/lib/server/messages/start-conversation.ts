import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows, type Tx } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { conversationParticipants, conversations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { activeMemberIds } from '../networks/active-members.ts';
import { blockBetween } from './conversation-access.ts';
import { appendMessage } from './send-message.ts';

/** Creates a conversation with its participants (all of the same network, checked by the database). */
export async function insertConversation(
	tx: Tx,
	values: { networkId: string; introductionId?: string | null; accountIds: string[] }
) {
	const at = now();
	const [conversation] = await tx
		.insert(conversations)
		.values({
			networkId: values.networkId,
			introductionId: values.introductionId ?? null,
			createdAt: at,
			lastMessageAt: at
		})
		.returning();
	await tx.insert(conversationParticipants).values(
		values.accountIds.map((accountId) => ({
			conversationId: conversation.id,
			networkId: values.networkId,
			accountId,
			joinedAt: at
		}))
	);
	return conversation;
}

/** The live one-to-one conversation (not about an introduction) between two people, if there is one. */
async function existingPair(tx: Tx, networkId: string, a: string, b: string): Promise<string | undefined> {
	const [row] = await sqlRows<{ id: string }>(
		tx,
		sql`select c.id from conversations c
			where c.network_id = ${networkId} and c.introduction_id is null
				and (select count(*) from conversation_participants p where p.conversation_id = c.id) = 2
				and (select count(*) from conversation_participants p where p.conversation_id = c.id
					and p.left_at is null and p.account_id in (${a}::uuid, ${b}::uuid)) = 2
			order by c.last_message_at desc limit 1`
	);
	return row?.id;
}

/**
 * « Écrire un message »: starts a conversation with one or more active members of the network, with its first
 * message. Writing to one person again continues the live one-to-one conversation with them instead of opening a
 * second. Refused when a block stands between the actor and one of them. Returns the conversation id.
 */
export async function startConversation(options: {
	actor: Actor | null;
	networkId: string;
	accountIds: string[];
	body: string;
}): Promise<string> {
	const actor = requireMember(options.actor, options.networkId);
	const others = [...new Set(options.accountIds)].filter((id) => id !== actor.accountId);
	if (others.length === 0) throw new AppError('message_to_self', 'accountIds');
	if (!others.every(isUuid)) throw new AppError('not_found', 'accountIds');
	return db().transaction(async (tx) => {
		const active = await activeMemberIds(tx, options.networkId, others);
		if (active.size !== others.length) throw new AppError('not_found', 'accountIds');
		const block = await blockBetween(tx, options.networkId, actor.accountId, others);
		if (block) throw new AppError(block, 'accountIds');

		const reused =
			others.length === 1 ? await existingPair(tx, options.networkId, actor.accountId, others[0]) : undefined;
		const conversationId =
			reused ??
			(await insertConversation(tx, { networkId: options.networkId, accountIds: [actor.accountId, ...others] })).id;
		await appendMessage(tx, {
			conversationId,
			networkId: options.networkId,
			authorAccountId: actor.accountId,
			body: options.body
		});
		return conversationId;
	});
}
