import { and, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { challengeTasks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireChallenge } from './challenge-access.ts';

export type Task = typeof challengeTasks.$inferSelect;

/** The task of this network with its défi and the reader's place in the group (not_found otherwise). */
export async function requireTask(q: Queryable, options: { actor: Actor | null; networkId: string; taskId: string }) {
	requireMember(options.actor, options.networkId);
	if (!isUuid(options.taskId)) throw new AppError('not_found');
	const [task] = await q
		.select()
		.from(challengeTasks)
		.where(and(eq(challengeTasks.networkId, options.networkId), eq(challengeTasks.id, options.taskId)));
	if (!task) throw new AppError('not_found');
	const place = await requireChallenge({ ...options, challengeId: task.challengeId }, q);
	return { ...place, task };
}
