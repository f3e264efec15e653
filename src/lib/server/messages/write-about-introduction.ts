import { and, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db, type Tx } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { isUuid } from '../db/ids.ts';
import {
	conversationParticipants,
	conversations,
	introductionPeople,
	introductions,
	memberships
} from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { blockBetween } from './conversation-access.ts';
import { sendMessage } from './send-message.ts';
import { insertConversation } from './start-conversation.ts';

/** The people of an introduction the actor is part of (its author and participants), or not_found. */
async function introductionPeopleFor(tx: Tx, networkId: string, introductionId: string, accountId: string) {
	if (!isUuid(introductionId)) throw new AppError('not_found');
	const people = await tx
		.select({ accountId: introductionPeople.accountId, status: memberships.status })
		.from(introductionPeople)
		.innerJoin(introductions, eq(introductions.id, introductionPeople.introductionId))
		.innerJoin(
			memberships,
			and(
				eq(memberships.networkId, introductionPeople.networkId),
				eq(memberships.accountId, introductionPeople.accountId)
			)
		)
		.where(and(eq(introductionPeople.introductionId, introductionId), eq(introductions.networkId, networkId)));
	if (!people.some((p) => p.accountId === accountId)) throw new AppError('not_found');
	return people.filter((p) => p.status === 'active').map((p) => p.accountId);
}

/** The conversation about this introduction, if there is one and the actor is one of its people. */
export async function findIntroductionConversation(options: {
	actor: Actor | null;
	networkId: string;
	introductionId: string;
}): Promise<{ id: string; present: boolean } | null> {
	const actor = requireMember(options.actor, options.networkId);
	return db().transaction(async (tx) => {
		await introductionPeopleFor(tx, options.networkId, options.introductionId, actor.accountId);
		const [row] = await tx
			.select({ id: conversations.id, leftAt: conversationParticipants.leftAt })
			.from(conversations)
			.leftJoin(
				conversationParticipants,
				and(
					eq(conversationParticipants.conversationId, conversations.id),
					eq(conversationParticipants.accountId, actor.accountId)
				)
			)
			.where(
				and(eq(conversations.introductionId, options.introductionId), eq(conversations.networkId, options.networkId))
			);
		return row ? { id: row.id, present: row.leftAt === null } : null;
	});
}

/**
 * « Écrire » next to an introduction: one conversation per introduction, between its people. The first to write
 * opens it; later, anyone of them writes in the same one (coming back into it if they had left). Returns its id.
 */
export async function writeAboutIntroduction(options: {
	actor: Actor | null;
	networkId: string;
	introductionId: string;
	body: string;
}): Promise<string> {
	const actor = requireMember(options.actor, options.networkId);
	const open = () =>
		db().transaction(async (tx) => {
			const people = await introductionPeopleFor(tx, options.networkId, options.introductionId, actor.accountId);
			const [existing] = await tx
				.select({ id: conversations.id })
				.from(conversations)
				.where(eq(conversations.introductionId, options.introductionId));
			if (existing) {
				// Come back (or in, for the first time) without disturbing the others' reading.
				await tx
					.insert(conversationParticipants)
					.values({ conversationId: existing.id, networkId: options.networkId, accountId: actor.accountId })
					.onConflictDoUpdate({
						target: [conversationParticipants.conversationId, conversationParticipants.accountId],
						set: { leftAt: null }
					});
				return existing.id;
			}
			const others = people.filter((id) => id !== actor.accountId);
			const block = await blockBetween(tx, options.networkId, actor.accountId, others);
			if (block === 'blocked_by_member') throw new AppError(block);
			const created = await insertConversation(tx, {
				networkId: options.networkId,
				introductionId: options.introductionId,
				accountIds: people
			});
			return created.id;
		});
	let conversationId: string;
	try {
		conversationId = await open();
	} catch (error) {
		// Two people of the introduction opened it at the same moment: the second joins the first one's.
		if (!isUniqueViolation(error)) throw error;
		conversationId = await open();
	}
	await sendMessage({ actor, networkId: options.networkId, conversationId, body: options.body });
	return conversationId;
}
