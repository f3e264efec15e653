import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, challengeTasks } from '../db/schema/index.ts';
import { requireChallenge } from './challenge-access.ts';

/**
 * A défi's page: the défi, its tasks in the order they were added with who took each, and what the reader may
 * do with each (take a free one, give back or mark their own, mark any as a coordinator of the group).
 */
export async function getChallenge(options: { actor: Actor | null; networkId: string; challengeId: string }) {
	const place = await requireChallenge(options);
	const taker = alias(accounts, 'taker');
	const author = alias(accounts, 'author');
	const [written] = await db()
		.select({ name: author.name })
		.from(author)
		.where(eq(author.id, place.challenge.authorAccountId));
	const rows = await db()
		.select({
			id: challengeTasks.id,
			title: challengeTasks.title,
			dueOn: challengeTasks.dueOn,
			takenBy: challengeTasks.takenByAccountId,
			takerName: taker.name,
			done: sql<boolean>`${challengeTasks.doneAt} is not null`
		})
		.from(challengeTasks)
		.leftJoin(taker, eq(taker.id, challengeTasks.takenByAccountId))
		.where(eq(challengeTasks.challengeId, place.challenge.id))
		.orderBy(asc(challengeTasks.createdAt), asc(challengeTasks.id));
	const me = place.actor.accountId;
	const tasks = rows.map((t) => {
		const mine = t.takenBy === me;
		return {
			id: t.id,
			title: t.title,
			dueOn: t.dueOn,
			takerName: t.takerName,
			mine,
			done: t.done,
			canTake: t.takenBy === null && place.isMember,
			canGiveBack: mine && !t.done,
			canMark: t.takenBy !== null && (mine || place.canManage)
		};
	});
	return {
		group: { id: place.group.id, name: place.group.name },
		challenge: { ...place.challenge, author: written?.name ?? '' },
		tasks,
		done: tasks.filter((t) => t.done).length,
		canWrite: place.canWrite,
		isMember: place.isMember
	};
}
