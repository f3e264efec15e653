import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { challengeContent, challengeWorld, dayIn } from '../../../../tests/challenge-world.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { challengeTasks, challenges, notifications } from '../db/schema/index.ts';
import { describeNotification } from '../notifications/describe.ts';
import { addTask } from './add-task.ts';
import { createChallenge } from './create-challenge.ts';
import { getChallenge } from './get-challenge.ts';
import { giveBackTask } from './give-back-task.ts';
import { listChallenges } from './list-challenges.ts';
import { listMyTasks } from './list-my-tasks.ts';
import { markTaskDone } from './mark-task-done.ts';
import { sendTaskReminders } from './send-task-reminders.ts';
import { takeTask } from './take-task.ts';

const DAY = 24 * 3_600_000;

async function challengeWithTasks(w: Awaited<ReturnType<typeof challengeWorld>>, titles: string[], dueOn?: string) {
	const challenge = await createChallenge({
		actor: w.leila.actor,
		networkId: w.networkId,
		groupId: w.group.id,
		...challengeContent()
	});
	const tasks = [];
	for (const title of titles) {
		tasks.push(
			await addTask({
				actor: w.leila.actor,
				networkId: w.networkId,
				challengeId: challenge.id,
				title,
				dueOn: dueOn ?? null
			})
		);
	}
	return { challenge, tasks };
}

describe('défis and their tasks', () => {
	it('count progress over several tasks, per défi, open ones on the group list', async () => {
		const w = await challengeWorld();
		const titles = [
			'Réserver le jardin',
			'Faire l’affiche',
			'Acheter les graines',
			'Prévoir le goûter',
			'Tenir le stand'
		];
		const { challenge, tasks } = await challengeWithTasks(w, titles);
		const other = await createChallenge({
			actor: w.karim.actor,
			networkId: w.networkId,
			groupId: w.group.id,
			...challengeContent({ title: 'Nettoyer les bacs', targetOn: dayIn(10) })
		});
		const [bacs] = [
			await addTask({
				actor: w.karim.actor,
				networkId: w.networkId,
				challengeId: other.id,
				title: 'Sortir les outils',
				dueOn: null
			})
		];
		const mine = { networkId: w.networkId };
		await takeTask({ actor: w.leila.actor, ...mine, taskId: tasks[0].id });
		await takeTask({ actor: w.karim.actor, ...mine, taskId: tasks[1].id });
		await takeTask({ actor: w.karim.actor, ...mine, taskId: tasks[2].id });
		await markTaskDone({ actor: w.leila.actor, ...mine, taskId: tasks[0].id, done: true });
		await markTaskDone({ actor: w.karim.actor, ...mine, taskId: tasks[1].id, done: true });
		await takeTask({ actor: w.karim.actor, ...mine, taskId: bacs.id });
		await markTaskDone({ actor: w.karim.actor, ...mine, taskId: bacs.id, done: true });

		const list = await listChallenges({ actor: w.paul.actor, networkId: w.networkId, groupId: w.group.id });
		expect(list.open.map((c) => [c.title, c.done, c.total])).toEqual([['Journée découverte jardinage', 2, 5]]);
		expect(list.finished.map((c) => [c.title, c.done, c.total])).toEqual([['Nettoyer les bacs', 1, 1]]);
		expect(list.canWrite).toBe(false);

		const page = await getChallenge({ actor: w.karim.actor, networkId: w.networkId, challengeId: challenge.id });
		expect(page.done).toBe(2);
		expect(page.tasks.map((t) => [t.title, t.takerName, t.done, t.canTake, t.canMark])).toEqual([
			['Réserver le jardin', 'Leila Haddad', true, false, false],
			['Faire l’affiche', 'Karim Benali', true, false, true],
			['Acheter les graines', 'Karim Benali', false, false, true],
			['Prévoir le goûter', null, false, true, false],
			['Tenir le stand', null, false, true, false]
		]);
		expect((await listMyTasks({ actor: w.karim.actor, networkId: w.networkId })).map((t) => t.title)).toEqual([
			'Acheter les graines'
		]);
	});

	it('one person per task, even with two « je m’en occupe » at once; the holder gives it back', async () => {
		const w = await challengeWorld();
		const { tasks } = await challengeWithTasks(w, ['Réserver le jardin']);
		const taskId = tasks[0].id;
		const results = await Promise.allSettled([
			takeTask({ actor: w.leila.actor, networkId: w.networkId, taskId }),
			takeTask({ actor: w.karim.actor, networkId: w.networkId, taskId })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(refused.reason.code).toBe('task_taken');
		const [row] = await db().select().from(challengeTasks).where(eq(challengeTasks.id, taskId));
		const holder = row.takenByAccountId === w.leila.id ? w.leila : w.karim;
		const otherOne = holder === w.leila ? w.karim : w.leila;

		// Taking it again changes nothing; the other person may not give it back.
		await takeTask({ actor: holder.actor, networkId: w.networkId, taskId });
		await expect(giveBackTask({ actor: otherOne.actor, networkId: w.networkId, taskId })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await giveBackTask({ actor: holder.actor, networkId: w.networkId, taskId });
		const taken = await takeTask({ actor: otherOne.actor, networkId: w.networkId, taskId });
		expect(taken.takenByAccountId).toBe(otherOne.id);
	});

	it('done marks: by the holder or a group coordinator, not by another member; a done task is not given back', async () => {
		const w = await challengeWorld();
		const { tasks } = await challengeWithTasks(w, ['Réserver le jardin', 'Faire l’affiche']);
		const [a, b] = tasks.map((t) => ({ networkId: w.networkId, taskId: t.id }));
		await expect(markTaskDone({ actor: w.ana.actor, ...a, done: true })).rejects.toMatchObject({
			code: 'transition_refused'
		});
		await takeTask({ actor: w.karim.actor, ...a });
		await takeTask({ actor: w.leila.actor, ...b });
		await expect(markTaskDone({ actor: w.leila.actor, ...a, done: true })).rejects.toMatchObject({ code: 'forbidden' });
		await markTaskDone({ actor: w.ana.actor, ...a, done: true });
		await markTaskDone({ actor: w.leila.actor, ...b, done: true });
		await markTaskDone({ actor: w.leila.actor, ...b, done: true });
		await expect(giveBackTask({ actor: w.leila.actor, ...b })).rejects.toMatchObject({ code: 'transition_refused' });
		await markTaskDone({ actor: w.leila.actor, ...b, done: false });
		const rows = await db().select().from(challengeTasks).where(eq(challengeTasks.challengeId, tasks[0].challengeId));
		const byTitle = Object.fromEntries(rows.map((r) => [r.title, [r.doneAt !== null, r.doneByAccountId]]));
		expect(byTitle).toEqual({ 'Réserver le jardin': [true, w.ana.id], 'Faire l’affiche': [false, null] });
	});

	it('reminds the holder of an overdue task once, by the sweep, in their notifications', async () => {
		const w = await challengeWorld();
		const { challenge, tasks } = await challengeWithTasks(
			w,
			['Réserver le jardin', 'Faire l’affiche', 'Graines'],
			dayIn(2)
		);
		await takeTask({ actor: w.karim.actor, networkId: w.networkId, taskId: tasks[0].id });
		await takeTask({ actor: w.leila.actor, networkId: w.networkId, taskId: tasks[1].id });
		await markTaskDone({ actor: w.leila.actor, networkId: w.networkId, taskId: tasks[1].id, done: true });
		const reminders = () =>
			db()
				.select()
				.from(notifications)
				.where(eq(notifications.link, `/groupes/${w.group.id}/defis/${challenge.id}`));
		await sendTaskReminders();
		expect(await reminders()).toEqual([]);
		advanceClock(2 * DAY);
		await sendTaskReminders();
		expect(await reminders()).toEqual([]);
		advanceClock(DAY);
		await sendTaskReminders();
		await sendTaskReminders();
		const sent = await reminders();
		expect(sent.map((n) => [n.accountId, n.kind])).toEqual([[w.karim.id, 'group']]);
		expect(describeNotification('group', sent[0].params, 'fr')).toBe(
			'La tâche « Réserver le jardin » du groupe Jardinage a dépassé sa date. Faites-la ou rendez-la.'
		);
	});

	it('refuses bad input with a clear reason and writes nothing', async () => {
		const w = await challengeWorld();
		const group = { actor: w.leila.actor, networkId: w.networkId, groupId: w.group.id };
		await expect(createChallenge({ ...group, ...challengeContent({ targetOn: dayIn(-1) }) })).rejects.toMatchObject({
			code: 'challenge_date_past',
			field: 'targetOn'
		});
		expect(await db().select().from(challenges).where(eq(challenges.groupId, w.group.id))).toHaveLength(0);
		const challenge = await createChallenge({ ...group, ...challengeContent({ targetOn: dayIn(30) }) });
		const task = { actor: w.leila.actor, networkId: w.networkId, challengeId: challenge.id, title: 'Affiche' };
		await expect(addTask({ ...task, dueOn: dayIn(31) })).rejects.toMatchObject({ code: 'task_due_after_target' });
		await expect(addTask({ ...task, dueOn: dayIn(-2) })).rejects.toMatchObject({ code: 'challenge_date_past' });
		expect(await db().select().from(challengeTasks).where(eq(challengeTasks.challengeId, challenge.id))).toHaveLength(
			0
		);
		// The database holds the title's length whatever the caller.
		await expect(createChallenge({ ...group, ...challengeContent({ title: 'ab' }) })).rejects.toThrow();
	});
});
