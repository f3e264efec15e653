import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { challengeTasks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireTask } from './find-task.ts';

/**
 * The person who took a task gives it back: it is free again for anyone of the group. A task marked done is not
 * given back (take the mark off first); giving back a task one does not hold is refused.
 */
export async function giveBackTask(options: { actor: Actor | null; networkId: string; taskId: string }) {
	const q = db();
	const { actor, task } = await requireTask(q, options);
	if (task.takenByAccountId !== actor.accountId) throw new AppError('forbidden');
	const [freed] = await q
		.update(challengeTasks)
		.set({ takenByAccountId: null, takenAt: null, remindedAt: null })
		.where(
			and(
				eq(challengeTasks.id, task.id),
				eq(challengeTasks.takenByAccountId, actor.accountId),
				isNull(challengeTasks.doneAt)
			)
		)
		.returning();
	if (!freed) throw new AppError('transition_refused');
	return freed;
}
