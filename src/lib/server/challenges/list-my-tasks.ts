import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { challengeTasks, challenges, groups } from '../db/schema/index.ts';

/** How many of one's tasks « Mes tâches » lists. */
export const MY_TASKS_SHOWN = 10;

/** The tasks the member took and has not done yet, in this network, the soonest due first (undated last). */
export async function listMyTasks(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	return db()
		.select({
			id: challengeTasks.id,
			title: challengeTasks.title,
			dueOn: challengeTasks.dueOn,
			challengeId: challenges.id,
			challengeTitle: challenges.title,
			groupId: groups.id,
			groupName: groups.name
		})
		.from(challengeTasks)
		.innerJoin(challenges, eq(challenges.id, challengeTasks.challengeId))
		.innerJoin(groups, eq(groups.id, challenges.groupId))
		.where(
			and(
				eq(challengeTasks.networkId, options.networkId),
				eq(challengeTasks.takenByAccountId, actor.accountId),
				isNull(challengeTasks.doneAt)
			)
		)
		.orderBy(sql`${challengeTasks.dueOn} asc nulls last`, asc(challengeTasks.createdAt))
		.limit(MY_TASKS_SHOWN);
}
