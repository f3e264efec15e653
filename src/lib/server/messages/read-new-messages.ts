import { and, asc, eq, gt } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, messages } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireParticipation } from './conversation-access.ts';
import { markRead, messageColumns } from './get-conversation.ts';

/** At most this many messages per poll of the live stream. */
const BATCH = 50;

/**
 * What the live stream (/messages/[id]/flux) sends: the messages after `afterId`, for a participant still in the
 * conversation — checked on every poll, so leaving (or losing one's membership) ends the stream. Someone else gets
 * not_found, someone who left `conversation_left`. Delivered messages count as read: the page is open.
 */
export async function readNewMessages(options: {
	actor: Actor | null;
	networkId: string;
	conversationId: string;
	afterId: number;
}) {
	const { participation } = await requireParticipation(db(), options);
	if (participation.leftAt) throw new AppError('conversation_left');
	const afterId = Number.isSafeInteger(options.afterId) && options.afterId > 0 ? options.afterId : 0;
	const rows = await db()
		.select(messageColumns)
		.from(messages)
		.innerJoin(accounts, eq(accounts.id, messages.authorAccountId))
		.where(and(eq(messages.conversationId, participation.conversationId), gt(messages.id, afterId)))
		.orderBy(asc(messages.id))
		.limit(BATCH);
	const newest = rows.at(-1)?.id;
	if (newest !== undefined) await markRead(participation.conversationId, participation.accountId, newest);
	return rows.map((m) => ({
		...m,
		kind: m.kind as 'text' | 'contact',
		mine: m.authorAccountId === participation.accountId
	}));
}
