// The live thread of a conversation (GET /messages/[id]/flux, decision 018): access checked before the stream
// opens, then a stream woken by each committed message of the conversation — from any app process, through
// LISTEN/NOTIFY (db/notifications.ts) — that reads what is new with the same checks on every read.
import type { Actor } from '../auth/policies.ts';
import { notificationsReady, onConversationMessage } from '../db/notifications.ts';
import { requireParticipation } from './conversation-access.ts';
import { messageEventStream } from './message-stream.ts';
import { readNewMessages } from './read-new-messages.ts';
import { db } from '../db/client.ts';
import { AppError } from '../errors.ts';

/** Refuses like readNewMessages (not_found, conversation_left) before anything is sent. */
export async function openLiveThread(options: {
	actor: Actor | null;
	networkId: string;
	conversationId: string;
	afterId: number;
	signal: AbortSignal;
}): Promise<ReadableStream<Uint8Array>> {
	const { participation } = await requireParticipation(db(), options);
	if (participation.leftAt) throw new AppError('conversation_left');
	// The id as the database writes it: the notification's payload is compared with it.
	const conversationId = participation.conversationId;
	const scope = { actor: options.actor, networkId: options.networkId, conversationId };
	// Listening before the first read: a message committed in between would otherwise wait for the safety poll.
	await notificationsReady();
	return messageEventStream({
		poll: (afterId) => readNewMessages({ ...scope, afterId }),
		subscribe: (wake) => onConversationMessage(conversationId, wake),
		afterId: options.afterId,
		signal: options.signal
	});
}
