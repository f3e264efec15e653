// What every use case on a conversation needs: finding the actor's place in it, and deciding whether they may
// write. A conversation someone is not in is « not found » for them, whoever they are (coordinators included):
// private messages are private (decision 018).
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { conversationParticipants, memberBlocks } from '../db/schema/index.ts';
import { AppError, type ErrorCode } from '../errors.ts';

export type Participation = {
	conversationId: string;
	networkId: string;
	accountId: string;
	lastReadMessageId: number | null;
	leftAt: Date | null;
};

/** The actor's row in the conversation (left or not), or not_found. Checks membership first. */
export async function requireParticipation(
	q: Queryable,
	options: { actor: Actor | null; networkId: string; conversationId: string }
): Promise<{ actor: Actor; participation: Participation }> {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.conversationId)) throw new AppError('not_found');
	const [participation] = await q
		.select({
			conversationId: conversationParticipants.conversationId,
			networkId: conversationParticipants.networkId,
			accountId: conversationParticipants.accountId,
			lastReadMessageId: conversationParticipants.lastReadMessageId,
			leftAt: conversationParticipants.leftAt
		})
		.from(conversationParticipants)
		.where(
			and(
				eq(conversationParticipants.conversationId, options.conversationId),
				eq(conversationParticipants.networkId, options.networkId),
				eq(conversationParticipants.accountId, actor.accountId)
			)
		);
	if (!participation) throw new AppError('not_found');
	return { actor, participation };
}

/**
 * Why this participant may not write here, or null when they may: they left, or someone still in the
 * conversation has blocked them (in a group too: decision 018).
 */
export async function writeRefusal(q: Queryable, participation: Participation): Promise<ErrorCode | null> {
	if (participation.leftAt) return 'conversation_left';
	const [blocker] = await q
		.select({ accountId: conversationParticipants.accountId })
		.from(conversationParticipants)
		.innerJoin(
			memberBlocks,
			and(
				eq(memberBlocks.networkId, conversationParticipants.networkId),
				eq(memberBlocks.blockerAccountId, conversationParticipants.accountId),
				eq(memberBlocks.blockedAccountId, participation.accountId)
			)
		)
		.where(
			and(
				eq(conversationParticipants.conversationId, participation.conversationId),
				ne(conversationParticipants.accountId, participation.accountId),
				isNull(conversationParticipants.leftAt)
			)
		)
		.limit(1);
	return blocker ? 'blocked_by_member' : null;
}

/**
 * Whether blocks stand between the actor and these people: `blocked_by_member` if one of them blocked the actor,
 * `member_blocked` if the actor blocked one of them.
 */
export async function blockBetween(
	q: Queryable,
	networkId: string,
	actorId: string,
	others: string[]
): Promise<ErrorCode | null> {
	if (others.length === 0) return null;
	const list = sql.join(
		others.map((id) => sql`${id}::uuid`),
		sql`, `
	);
	const rows = await q
		.select({ blocker: memberBlocks.blockerAccountId })
		.from(memberBlocks)
		.where(
			and(
				eq(memberBlocks.networkId, networkId),
				sql`((${memberBlocks.blockedAccountId} = ${actorId} and ${memberBlocks.blockerAccountId} in (${list}))
					or (${memberBlocks.blockerAccountId} = ${actorId} and ${memberBlocks.blockedAccountId} in (${list})))`
			)
		);
	if (rows.some((r) => r.blocker !== actorId)) return 'blocked_by_member';
	if (rows.length > 0) return 'member_blocked';
	return null;
}
