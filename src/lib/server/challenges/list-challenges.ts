import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, challengeTasks, challenges } from '../db/schema/index.ts';
import { groupPlace } from './challenge-access.ts';

/** How many défis the group page lists. */
export const GROUP_PAGE_CHALLENGES = 5;

/**
 * The group's défis with their progress (« 2 tâches sur 5 faites »), the open ones first (a défi is open while
 * it has no task or some task is not done), nearest target first; and what the reader may do.
 */
export async function listChallenges(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const place = await groupPlace(options);
	const rows = await db()
		.select({
			id: challenges.id,
			title: challenges.title,
			targetOn: challenges.targetOn,
			author: accounts.name,
			total: sql<number>`count(${challengeTasks.id})::int`,
			done: sql<number>`count(${challengeTasks.doneAt})::int`
		})
		.from(challenges)
		.innerJoin(accounts, eq(accounts.id, challenges.authorAccountId))
		.leftJoin(challengeTasks, eq(challengeTasks.challengeId, challenges.id))
		.where(and(eq(challenges.networkId, options.networkId), eq(challenges.groupId, place.group.id)))
		.groupBy(challenges.id, accounts.name)
		.orderBy(asc(challenges.targetOn), desc(challenges.createdAt));
	const items = rows.map((r) => ({ ...r, open: r.total === 0 || r.done < r.total }));
	return {
		group: { id: place.group.id, name: place.group.name },
		canWrite: place.canWrite,
		open: items.filter((c) => c.open),
		finished: items.filter((c) => !c.open)
	};
}
