import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Tx } from '../db/client.ts';
import { conversationParticipants, conversations, messages } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireParticipation, writeRefusal } from './conversation-access.ts';

export type MessageKind = 'text' | 'contact';

/**
 * Writes a message whose author is known to be allowed to: moves the conversation up the list and marks the
 * author's own message as read for them.
 */
export async function appendMessage(
	tx: Tx,
	values: { conversationId: string; networkId: string; authorAccountId: string; body: string; kind?: MessageKind }
) {
	const at = now();
	const [message] = await tx
		.insert(messages)
		.values({ ...values, kind: values.kind ?? 'text', createdAt: at })
		.returning();
	await tx.update(conversations).set({ lastMessageAt: at }).where(eq(conversations.id, values.conversationId));
	await tx
		.update(conversationParticipants)
		.set({
			lastReadMessageId: sql`greatest(coalesce(${conversationParticipants.lastReadMessageId}, 0), ${message.id})`
		})
		.where(
			and(
				eq(conversationParticipants.conversationId, values.conversationId),
				eq(conversationParticipants.accountId, values.authorAccountId)
			)
		);
	return message;
}

/**
 * A participant writes in a conversation. Refused when they left it or when someone still in it has blocked them.
 * The body is validated by the caller's zod schema (src/lib/validation/messages.ts); the database checks its length.
 */
export async function sendMessage(options: {
	actor: Actor | null;
	networkId: string;
	conversationId: string;
	body: string;
	kind?: MessageKind;
}) {
	return db().transaction(async (tx) => {
		const { participation } = await requireParticipation(tx, options);
		const refusal = await writeRefusal(tx, participation);
		if (refusal) throw new AppError(refusal);
		return appendMessage(tx, {
			conversationId: participation.conversationId,
			networkId: options.networkId,
			authorAccountId: participation.accountId,
			body: options.body,
			kind: options.kind
		});
	});
}
