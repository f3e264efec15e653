import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { challengeTasks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireTask } from './find-task.ts';

/**
 * « Je m'en occupe »: an active member of the group takes a free task. The update only applies while nobody
 * holds the task, so of two people clicking at once exactly one gets it; the other is told someone was quicker.
 * Taking a task one already holds changes nothing.
 */
export async function takeTask(options: { actor: Actor | null; networkId: string; taskId: string }) {
	const q = db();
	const { actor, isMember, task } = await requireTask(q, options);
	if (!isMember) throw new AppError('group_members_only');
	if (task.takenByAccountId === actor.accountId) return task;
	const [taken] = await q
		.update(challengeTasks)
		.set({ takenByAccountId: actor.accountId, takenAt: now(), remindedAt: null })
		.where(and(eq(challengeTasks.id, task.id), isNull(challengeTasks.takenByAccountId)))
		.returning();
	if (!taken) throw new AppError('task_taken');
	return taken;
}
