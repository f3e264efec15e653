// « Trouver une date »: the open polls a member can answer (the network's, and their groups'), newest first, with
// whether they answered; and the ones they created that are closed, to finalise or reopen.
import { and, desc, eq, exists, isNull, or, sql } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { groupMembers, groups, pollParticipants, polls } from '../db/schema/index.ts';

export const POLLS_SHOWN = 50;

export async function listPolls(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const q = db();
	const visible = isCoordinator(actor, options.networkId)
		? sql`true`
		: or(
				isNull(polls.groupId),
				exists(
					q
						.select({ one: groupMembers.groupId })
						.from(groupMembers)
						.where(
							and(
								eq(groupMembers.groupId, polls.groupId),
								eq(groupMembers.accountId, actor.accountId),
								eq(groupMembers.status, 'active')
							)
						)
				)
			);
	const rows = await q
		.select({
			id: polls.id,
			title: polls.title,
			status: polls.status,
			deadline: polls.deadline,
			eventId: polls.eventId,
			mine: sql<boolean>`${polls.authorAccountId} = ${actor.accountId}`,
			group: groups.name,
			answered: exists(
				q
					.select({ one: pollParticipants.id })
					.from(pollParticipants)
					.where(and(eq(pollParticipants.pollId, polls.id), eq(pollParticipants.accountId, actor.accountId)))
			).mapWith(Boolean)
		})
		.from(polls)
		.leftJoin(groups, eq(groups.id, polls.groupId))
		.where(
			and(
				eq(polls.networkId, options.networkId),
				visible,
				or(eq(polls.status, 'open'), eq(polls.authorAccountId, actor.accountId))
			)
		)
		.orderBy(desc(polls.createdAt), desc(polls.id))
		.limit(POLLS_SHOWN);
	return rows.map((r) => ({ ...r, mine: Boolean(r.mine) }));
}
