import { and, eq, isNotNull } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { challengeTasks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireTask } from './find-task.ts';

/**
 * Marks a taken task done (or not done again): by the person who took it, or a coordinator of the group. The
 * state asked for is set, so a double click does not undo itself. A free task cannot be done: someone takes it
 * first, so the page always says who did what.
 */
export async function markTaskDone(options: { actor: Actor | null; networkId: string; taskId: string; done: boolean }) {
	const q = db();
	const { actor, canManage, task } = await requireTask(q, options);
	if (task.takenByAccountId !== actor.accountId && !canManage) throw new AppError('forbidden');
	const [saved] = await q
		.update(challengeTasks)
		.set(
			options.done
				? { doneAt: task.doneAt ?? now(), doneByAccountId: task.doneByAccountId ?? actor.accountId }
				: { doneAt: null, doneByAccountId: null }
		)
		.where(and(eq(challengeTasks.id, task.id), isNotNull(challengeTasks.takenByAccountId)))
		.returning();
	if (!saved) throw new AppError('transition_refused');
	return saved;
}
