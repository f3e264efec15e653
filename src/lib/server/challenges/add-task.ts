import { parisDate } from '../../paris-time.ts';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { challengeTasks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireChallenge, requireWriter } from './challenge-access.ts';

/**
 * A member of the group adds a task to a défi, with an optional due day: not past, and not after the défi's
 * target day (a task due after it could not serve the défi).
 */
export async function addTask(options: {
	actor: Actor | null;
	networkId: string;
	challengeId: string;
	title: string;
	dueOn: string | null;
}) {
	const place = await requireChallenge(options);
	requireWriter(place);
	if (options.dueOn !== null) {
		if (options.dueOn < parisDate(now())) throw new AppError('challenge_date_past', 'dueOn');
		if (options.dueOn > place.challenge.targetOn) throw new AppError('task_due_after_target', 'dueOn');
	}
	const [task] = await db()
		.insert(challengeTasks)
		.values({
			networkId: options.networkId,
			challengeId: place.challenge.id,
			title: options.title,
			dueOn: options.dueOn,
			createdAt: now()
		})
		.returning();
	return task;
}
