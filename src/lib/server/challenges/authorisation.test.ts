import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { challengeContent, challengeWorld, dayIn } from '../../../../tests/challenge-world.ts';
import { addGroupMember, createGroupIn, eventContent } from '../../../../tests/factories.ts';
import { challengeInput, decisionInput, meetingNotesInput, taskInput } from '../../validation/challenges.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { challengeTasks, challenges, groupDecisions, meetingNotes } from '../db/schema/index.ts';
import { createEvent } from '../events/create-event.ts';
import { listAgenda } from '../events/list-agenda.ts';
import { addTask } from './add-task.ts';
import { createChallenge } from './create-challenge.ts';
import { getChallenge } from './get-challenge.ts';
import { getMeetingNotes } from './get-meeting-notes.ts';
import { giveBackTask } from './give-back-task.ts';
import { listDecisions } from './list-decisions.ts';
import { markTaskDone } from './mark-task-done.ts';
import { recordDecision } from './record-decision.ts';
import { saveMeetingNotes } from './save-meeting-notes.ts';
import { takeTask } from './take-task.ts';

const codeOf = (p: Promise<unknown>) =>
	p.then(
		() => 'accepted',
		(e: { code?: string }) => e.code ?? String(e)
	);

describe('who may write défis, tasks and décisions', () => {
	it('refuses the anonymous, a member outside the group, another network; nothing written', async () => {
		const w = await challengeWorld();
		const challenge = await createChallenge({
			actor: w.leila.actor,
			networkId: w.networkId,
			groupId: w.group.id,
			...challengeContent()
		});
		const [task] = [
			await addTask({
				actor: w.leila.actor,
				networkId: w.networkId,
				challengeId: challenge.id,
				title: 'Affiche',
				dueOn: null
			})
		];
		const decision = { body: 'On ouvre le jardin le samedi.', decidedOn: dayIn(0), occurrenceId: null };
		const refusals: Record<string, string[]> = {};
		const people = { anonymous: null, paul: w.paul.actor, stranger: w.stranger.actor };
		for (const [who, actor] of Object.entries(people)) {
			const scope = { actor, networkId: w.networkId };
			refusals[who] = await Promise.all([
				codeOf(createChallenge({ ...scope, groupId: w.group.id, ...challengeContent() })),
				codeOf(addTask({ ...scope, challengeId: challenge.id, title: 'Goûter', dueOn: null })),
				codeOf(takeTask({ ...scope, taskId: task.id })),
				codeOf(recordDecision({ ...scope, groupId: w.group.id, ...decision })),
				codeOf(getChallenge({ ...scope, challengeId: challenge.id }))
			]);
		}
		expect(refusals).toEqual({
			anonymous: ['not_logged_in', 'not_logged_in', 'not_logged_in', 'not_logged_in', 'not_logged_in'],
			paul: ['group_members_only', 'group_members_only', 'group_members_only', 'group_members_only', 'accepted'],
			stranger: ['not_member', 'not_member', 'not_member', 'not_member', 'not_member']
		});
		// Another network's coordinator, in their own network, does not find this défi or task.
		const theirs = { actor: w.stranger.actor, networkId: w.strangerNetworkId };
		expect(await codeOf(getChallenge({ ...theirs, challengeId: challenge.id }))).toBe('not_found');
		expect(await codeOf(takeTask({ ...theirs, taskId: task.id }))).toBe('not_found');
		expect(await db().select().from(challenges).where(eq(challenges.groupId, w.group.id))).toHaveLength(1);
		expect(await db().select().from(groupDecisions).where(eq(groupDecisions.groupId, w.group.id))).toHaveLength(0);
		const [row] = await db().select().from(challengeTasks).where(eq(challengeTasks.id, task.id));
		expect(row.takenByAccountId).toBeNull();

		// Someone else's task: not given back, not marked done by a plain member.
		await takeTask({ actor: w.karim.actor, networkId: w.networkId, taskId: task.id });
		const leila = { actor: w.leila.actor, networkId: w.networkId, taskId: task.id };
		expect(await codeOf(giveBackTask(leila))).toBe('forbidden');
		expect(await codeOf(markTaskDone({ ...leila, done: true }))).toBe('forbidden');
		expect(await codeOf(takeTask(leila))).toBe('task_taken');
		// The network's coordinator runs every group (decision 021): writes, marks, but takes no task outside it.
		const coord = { actor: w.coordinator.actor, networkId: w.networkId };
		expect(await codeOf(markTaskDone({ ...coord, taskId: task.id, done: true }))).toBe('accepted');
		expect(await codeOf(recordDecision({ ...coord, groupId: w.group.id, ...decision }))).toBe('accepted');
	});

	it('ties a décision only to a meeting of the same group', async () => {
		const w = await challengeWorld();
		const other = await createGroupIn(w.networkId, { name: 'Cuisine' });
		await addGroupMember(other, w.leila.id);
		const mine = await createEvent({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			input: eventContent(null, { groupId: w.group.id, title: 'Réunion jardinage' })
		});
		const theirs = await createEvent({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			input: eventContent(null, { groupId: other.id })
		});
		const agenda = await listAgenda({ actor: w.coordinator.actor, networkId: w.networkId });
		const occurrenceOf = (eventId: string) =>
			agenda.weeks.flatMap((x) => x.items).find((i) => i.eventId === eventId)!.occurrenceId;
		advanceClock(3 * 24 * 3_600_000);
		const scope = {
			actor: w.leila.actor,
			networkId: w.networkId,
			groupId: w.group.id,
			body: 'Stand au marché.',
			decidedOn: dayIn(0)
		};
		expect(await codeOf(recordDecision({ ...scope, occurrenceId: occurrenceOf(theirs.id) }))).toBe('not_found');
		await recordDecision({ ...scope, occurrenceId: occurrenceOf(mine.id) });
		const list = await listDecisions({ actor: w.paul.actor, networkId: w.networkId, groupId: w.group.id });
		expect(list.decisions.map((d) => [d.body, d.eventTitle])).toEqual([['Stand au marché.', 'Réunion jardinage']]);
		const forLeila = await listDecisions({ actor: w.leila.actor, networkId: w.networkId, groupId: w.group.id });
		expect(forLeila.meetings.map((m) => m.title)).toEqual(['Réunion jardinage']);
	});
});

describe('meeting notes', () => {
	it('are written by the group’s coordinators or the event’s organisers and read by whoever sees the event', async () => {
		const w = await challengeWorld();
		const open = await createEvent({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			input: eventContent(null, { groupId: w.group.id, title: 'Réunion jardinage' })
		});
		const byLink = await createEvent({
			actor: w.coordinator.actor,
			networkId: w.networkId,
			input: eventContent(null, { groupId: w.group.id, audience: 'link', title: 'Réunion restreinte' })
		});
		const agenda = await listAgenda({ actor: w.coordinator.actor, networkId: w.networkId });
		const occ = (eventId: string) => ({
			eventId,
			occurrenceId: agenda.weeks.flatMap((x) => x.items).find((i) => i.eventId === eventId)!.occurrenceId
		});
		const body = 'Présents : 6. On lance la journée découverte.';
		const as = (actor: typeof w.ana.actor | null, networkId = w.networkId) => ({ actor, networkId });

		expect(await codeOf(saveMeetingNotes({ ...as(w.leila.actor), ...occ(open.id), body }))).toBe('forbidden');
		expect(await codeOf(saveMeetingNotes({ ...as(null), ...occ(open.id), body }))).toBe('not_logged_in');
		expect(await codeOf(saveMeetingNotes({ ...as(w.stranger.actor), ...occ(open.id), body }))).toBe('not_member');
		expect(
			await codeOf(saveMeetingNotes({ ...as(w.stranger.actor, w.strangerNetworkId), ...occ(open.id), body }))
		).toBe('not_found');
		expect(await db().select().from(meetingNotes).where(eq(meetingNotes.networkId, w.networkId))).toHaveLength(0);

		await saveMeetingNotes({ ...as(w.ana.actor), ...occ(open.id), body: 'Brouillon' });
		await saveMeetingNotes({ ...as(w.ana.actor), ...occ(open.id), body });
		await saveMeetingNotes({ ...as(w.coordinator.actor), ...occ(byLink.id), body: 'Notes restreintes' });
		const read = await getMeetingNotes({ ...as(w.paul.actor), ...occ(open.id) });
		expect([read.notes?.body, read.notes?.updatedBy, read.canWrite]).toEqual([body, 'Ana Lopes', false]);
		// A « with the link » event: not seen without the link, so neither are its notes.
		expect(await codeOf(getMeetingNotes({ ...as(w.paul.actor), ...occ(byLink.id) }))).toBe('not_found');
		expect(await codeOf(getMeetingNotes({ ...as(null), ...occ(open.id) }))).toBe('not_logged_in');
		expect(await codeOf(getMeetingNotes({ ...as(w.stranger.actor, w.strangerNetworkId), ...occ(open.id) }))).toBe(
			'not_found'
		);
		expect((await getMeetingNotes({ ...as(w.coordinator.actor), ...occ(byLink.id) })).notes?.body).toBe(
			'Notes restreintes'
		);
	});
});

describe('the forms', () => {
	it('refuse an empty or short title, an impossible day, an empty décision or notes, with a code for the field', () => {
		const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
			// The first message of each field: the one shown beside it.
			Object.entries(
				Object.fromEntries((r.error?.issues ?? []).toReversed().map((i) => [i.path.join('.'), i.message]))
			).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
		const order = ['title', 'targetOn', 'body', 'decidedOn', 'occurrenceId'];
		expect(issues(challengeInput.safeParse({ title: '  ', why: '', targetOn: '' }))).toEqual([
			['title', 'required'],
			['targetOn', 'required']
		]);
		expect(issues(challengeInput.safeParse({ title: 'ab', targetOn: '31/02/2027' }))).toEqual([
			['title', 'challenge_title_short'],
			['targetOn', 'challenge_date']
		]);
		expect(challengeInput.parse({ title: 'Journée découverte', targetOn: '30/05/2027' }).targetOn).toBe('2027-05-30');
		expect(taskInput.parse({ title: 'Affiche', dueOn: '' }).dueOn).toBeNull();
		expect(issues(decisionInput.safeParse({ body: '', decidedOn: '2027-01-10', occurrenceId: 'x' }))).toEqual([
			['body', 'required'],
			['occurrenceId', 'unknown_choice']
		]);
		expect(issues(meetingNotesInput.safeParse({ body: ' ' }))).toEqual([['body', 'required']]);
	});
});
