import { and, asc, desc, eq, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import {
	accounts,
	conversationParticipants,
	conversations,
	introductions,
	memberBlocks,
	messages,
	posts
} from '../db/schema/index.ts';
import { requireParticipation, writeRefusal } from './conversation-access.ts';

/** How many messages a page of a thread shows; older ones are behind « messages plus anciens ». */
export const THREAD_PAGE_SIZE = 50;

/** A message as pages and the live stream show it: the author's name, never their address. */
export const messageColumns = {
	id: messages.id,
	kind: messages.kind,
	body: messages.body,
	createdAt: messages.createdAt,
	authorAccountId: messages.authorAccountId,
	authorName: accounts.name
};

/**
 * A conversation as one of its participants sees it: the people (who left, whom the actor blocked), the latest
 * 50 messages (or the 50 before `beforeId`), whether the actor may write and why not. Someone who left sees the
 * messages written until they left. Showing the latest page marks it read.
 */
export async function getConversation(options: {
	actor: Actor | null;
	networkId: string;
	conversationId: string;
	beforeId?: number;
}) {
	const { actor, participation } = await requireParticipation(db(), options);
	const conversationId = participation.conversationId;
	const filters: SQL[] = [eq(messages.conversationId, conversationId)];
	if (options.beforeId !== undefined) filters.push(lt(messages.id, options.beforeId));
	if (participation.leftAt) filters.push(lte(messages.createdAt, participation.leftAt));

	const [conversation, people, rows, refusal] = await Promise.all([
		db()
			.select({
				id: conversations.id,
				introductionId: conversations.introductionId,
				postId: posts.id,
				postTitle: posts.title
			})
			.from(conversations)
			.leftJoin(introductions, eq(introductions.id, conversations.introductionId))
			.leftJoin(posts, eq(posts.id, introductions.postId))
			.where(eq(conversations.id, conversationId))
			.then((r) => r[0]),
		db()
			.select({
				accountId: conversationParticipants.accountId,
				name: accounts.name,
				leftAt: conversationParticipants.leftAt,
				blockedByMe: sql<boolean>`${memberBlocks.blockerAccountId} is not null`
			})
			.from(conversationParticipants)
			.innerJoin(accounts, eq(accounts.id, conversationParticipants.accountId))
			.leftJoin(
				memberBlocks,
				and(
					eq(memberBlocks.networkId, conversationParticipants.networkId),
					eq(memberBlocks.blockerAccountId, actor.accountId),
					eq(memberBlocks.blockedAccountId, conversationParticipants.accountId)
				)
			)
			.where(eq(conversationParticipants.conversationId, conversationId))
			.orderBy(asc(accounts.name)),
		db()
			.select(messageColumns)
			.from(messages)
			.innerJoin(accounts, eq(accounts.id, messages.authorAccountId))
			.where(and(...filters))
			.orderBy(desc(messages.id))
			.limit(THREAD_PAGE_SIZE + 1),
		writeRefusal(db(), participation)
	]);

	const hasOlder = rows.length > THREAD_PAGE_SIZE;
	const page = rows.slice(0, THREAD_PAGE_SIZE).reverse();
	const newest = page.at(-1)?.id;
	if (options.beforeId === undefined && !participation.leftAt && newest !== undefined) {
		await markRead(conversationId, actor.accountId, newest);
	}
	return {
		id: conversationId,
		introductionId: conversation.introductionId,
		post: conversation.postId ? { id: conversation.postId, title: conversation.postTitle! } : null,
		me: actor.accountId,
		people: people.map((p) => ({ ...p, isMe: p.accountId === actor.accountId })),
		messages: page.map((m) => ({ ...m, kind: m.kind as 'text' | 'contact' })),
		olderThan: hasOlder ? page[0].id : null,
		lastReadMessageId: participation.lastReadMessageId,
		left: participation.leftAt !== null,
		writeRefusal: refusal
	};
}

/** Moves the participant's reading mark forward (never back) to this message. */
export async function markRead(conversationId: string, accountId: string, messageId: number) {
	await db()
		.update(conversationParticipants)
		.set({ lastReadMessageId: sql`greatest(coalesce(${conversationParticipants.lastReadMessageId}, 0), ${messageId})` })
		.where(
			and(
				eq(conversationParticipants.conversationId, conversationId),
				eq(conversationParticipants.accountId, accountId)
			)
		);
}
