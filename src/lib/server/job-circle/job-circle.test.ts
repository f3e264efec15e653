import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createGroupIn,
	createMember,
	createNetworkWithPeople,
	createVenueIn,
	eventContent,
	themeOf
} from '../../../../tests/factories.ts';
import { createEvent } from '../events/create-event.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import {
	groupMembers,
	groups,
	jobCheckins,
	jobCircles,
	jobSeekers,
	notifications,
	skills
} from '../db/schema/index.ts';
import { getGroup } from '../groups/get-group.ts';
import { describeNotification } from '../notifications/describe.ts';
import { getPreferences, setPreferences } from '../notifications/preferences.ts';
import { getProfile } from '../profiles/get-profile.ts';
import { search } from '../search/search.ts';
import { addParisDays, parisDate, parisMonday } from '../../paris-time.ts';
import { saveCheckin } from './checkins.ts';
import { joinJobCircle, openJobCircle } from './circle.ts';
import { jobCirclePage } from './circle-page.ts';
import { foundJob, startJobSearch, stopJobSearch } from './seeking.ts';
import { sendCheckinReminders } from './send-checkin-reminders.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A network with its circle: Samira (looking for work) and Julien in it, a plain member and a coordinator out. */
async function world() {
	const people = await createNetworkWithPeople();
	const networkId = people.network.id;
	const samira = await createMember(networkId, { name: 'Samira Benali' });
	const julien = await createMember(networkId, { name: 'Julien Martin' });
	const samiraActor = await actorOf(samira.id);
	const julienActor = await actorOf(julien.id);
	await joinJobCircle({ actor: samiraActor, networkId });
	await joinJobCircle({ actor: julienActor, networkId });
	const other = await createNetworkWithPeople();
	return {
		...people,
		networkId,
		samira: { ...samira, actor: samiraActor },
		julien: { ...julien, actor: julienActor },
		other
	};
}

const refused = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });

describe('the job circle', () => {
	it('is one group per network, made at first use, with the job-search theme; joining twice changes nothing', async () => {
		const { networkId, samira } = await world();
		await joinJobCircle({ actor: samira.actor, networkId });
		const circles = await db().select().from(jobCircles).where(eq(jobCircles.networkId, networkId));
		expect(circles).toHaveLength(1);
		const members = await db().select().from(groupMembers).where(eq(groupMembers.groupId, circles[0].groupId));
		expect(members.map((row) => row.status)).toEqual(['active', 'active']);
		// Its requests go under the seeded « Emploi & démarches » theme, where the five help skills are.
		const [group] = await db().select().from(groups).where(eq(groups.id, circles[0].groupId));
		const theme = await themeOf(networkId, 'Emploi & démarches');
		expect(group).toMatchObject({ name: 'Cercle emploi', themeId: theme.id, joinPolicy: 'open' });
		const helpSkills = await db().select({ name: skills.name }).from(skills).where(eq(skills.themeId, theme.id));
		expect(helpSkills.map((skill) => skill.name).sort()).toEqual([
			'Lettre de motivation',
			'Préparer un entretien',
			'Relecture de CV',
			"Simulation d'entretien",
			"Utiliser un site d'offres d'emploi"
		]);
	});

	it('adopts a group already named « Cercle emploi » (made open) rather than a second one', async () => {
		const people = await createNetworkWithPeople();
		const networkId = people.network.id;
		const existing = await createGroupIn(networkId, { name: 'Cercle emploi', joinPolicy: 'approval' });
		const circle = await joinJobCircle({ actor: people.member.actor, networkId });
		expect(circle.groupId).toBe(existing.id);
		const [group] = await db().select().from(groups).where(eq(groups.id, existing.id));
		expect(group.joinPolicy).toBe('open');
		expect(await db().$count(groups, eq(groups.networkId, networkId))).toBe(1);
	});

	it("lists the next occurrences of its weekly meeting, the circle group's series", async () => {
		const { networkId, samira, coordinator } = await world();
		const [circle] = await db().select().from(jobCircles).where(eq(jobCircles.networkId, networkId));
		const venue = await createVenueIn(networkId);
		const content = eventContent(venue.id, {
			title: 'Point de la semaine',
			kind: 'meeting',
			groupId: circle.groupId
		});
		await createEvent({
			actor: coordinator.actor,
			networkId,
			input: { ...content, repeatUntil: parisDate(addParisDays(content.startsAt, 28)) }
		});
		const page = await jobCirclePage({ actor: samira.actor, networkId });
		expect(page.reader && page.meetings.map((meeting) => meeting.title)).toEqual([
			'Point de la semaine',
			'Point de la semaine',
			'Point de la semaine'
		]);
	});

	it("hides its members from the group's member list, which every member of the network reads", async () => {
		const { networkId, samira, member } = await world();
		const circle = (await db().select().from(jobCircles).where(eq(jobCircles.networkId, networkId)))[0];
		const seen = await getGroup({ actor: member.actor, networkId, groupId: circle.groupId });
		expect(seen.members).toEqual([]);
		const own = await getGroup({ actor: samira.actor, networkId, groupId: circle.groupId });
		expect(own.members.map((p) => p.name)).toEqual(['Samira Benali']);
	});

	it('a coordinator opens it without joining and reads it; nobody else may open it', async () => {
		const people = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const networkId = people.network.id;
		const scope = { networkId };
		await refused(openJobCircle({ actor: people.member.actor, ...scope }), 'forbidden');
		await refused(openJobCircle({ actor: other.coordinator.actor, ...scope }), 'not_member');
		await refused(openJobCircle({ actor: null, ...scope }), 'not_logged_in');
		expect(await jobCirclePage({ actor: people.coordinator.actor, ...scope })).toEqual({
			reader: false,
			exists: false,
			isCoordinator: true
		});
		const circle = await openJobCircle({ actor: people.coordinator.actor, ...scope });
		expect(await db().$count(groupMembers, eq(groupMembers.groupId, circle.groupId))).toBe(0);
		const page = await jobCirclePage({ actor: people.coordinator.actor, ...scope });
		expect(page).toMatchObject({ reader: true, isMember: false, isCoordinator: true });
		expect(await jobCirclePage({ actor: people.member.actor, ...scope })).toMatchObject({
			reader: false,
			exists: true
		});
	});

	it('« je cherche un emploi » is off by default and seen by the circle and the coordinators only', async () => {
		const { networkId, samira, julien, member, coordinator, other } = await world();
		const before = await jobCirclePage({ actor: julien.actor, networkId });
		expect(before.reader && before.seekers).toEqual([]);

		await startJobSearch({ actor: samira.actor, networkId });
		for (const reader of [julien.actor, coordinator.actor]) {
			const page = await jobCirclePage({ actor: reader, networkId });
			expect(page.reader && page.seekers.map((s) => s.name)).toEqual(['Samira Benali']);
		}
		// A plain member of the network sees how to join, nothing more — and nothing on the profile or in search.
		const outside = await jobCirclePage({ actor: member.actor, networkId });
		expect(outside).toEqual({ reader: false, exists: true, isCoordinator: false });
		expect(JSON.stringify(outside)).not.toContain('Samira');
		const profile = await getProfile({ actor: member.actor, networkId, accountId: samira.id });
		expect(JSON.stringify(profile)).not.toMatch(/seeking|job/i);
		const found = await search({ actor: member.actor, networkId, query: 'emploi' });
		expect(JSON.stringify(found)).not.toContain('Samira');
		// Another network's members and coordinators are not members here at all.
		await refused(jobCirclePage({ actor: other.coordinator.actor, networkId }), 'not_member');
		await refused(jobCirclePage({ actor: null, networkId }), 'not_logged_in');
		// Only a member of the circle says it.
		await refused(startJobSearch({ actor: member.actor, networkId }), 'job_circle_members_only');
	});

	it("« j'ai trouvé ! » withdraws it in one click; the circle celebrates only with the member's agreement", async () => {
		const { networkId, samira, julien } = await world();
		await startJobSearch({ actor: samira.actor, networkId });
		await startJobSearch({ actor: julien.actor, networkId });
		await foundJob({ actor: samira.actor, networkId, celebrate: true });
		await foundJob({ actor: julien.actor, networkId, celebrate: false });
		const page = await jobCirclePage({ actor: samira.actor, networkId });
		if (!page.reader) throw new Error('reader expected');
		expect(page.seekers).toEqual([]);
		expect(page.seeking).toBe(false);
		expect(page.celebrations.map((c) => c.name)).toEqual(['Samira Benali']);

		await startJobSearch({ actor: julien.actor, networkId });
		await stopJobSearch({ actor: julien.actor, networkId });
		const [row] = await db()
			.select()
			.from(jobSeekers)
			.where(and(eq(jobSeekers.networkId, networkId), eq(jobSeekers.accountId, julien.id)));
		expect(row.seekingSince).toBeNull();
	});
});

describe('weekly check-ins', () => {
	it('one per member and Paris week, edited during the week, a new one the next week', async () => {
		const { networkId, samira } = await world();
		await saveCheckin({ actor: samira.actor, networkId, done: 'Deux candidatures', need: '', interviewAt: null });
		await saveCheckin({
			actor: samira.actor,
			networkId,
			done: 'Trois candidatures',
			need: 'Un CV relu',
			interviewAt: null
		});
		const rows = () => db().select().from(jobCheckins).where(eq(jobCheckins.accountId, samira.id));
		expect((await rows()).map((r) => [r.week, r.done, r.need])).toEqual([
			[parisMonday(now()), 'Trois candidatures', 'Un CV relu']
		]);
		advanceClock(7 * DAY);
		await saveCheckin({ actor: samira.actor, networkId, done: 'Un entretien', need: '', interviewAt: null });
		expect(await rows()).toHaveLength(2);
	});

	it('is read by the circle and the coordinators only; written by members of the circle only', async () => {
		const { networkId, samira, julien, member, coordinator, other } = await world();
		const interviewAt = new Date(now().getTime() + 2 * DAY);
		await saveCheckin({ actor: samira.actor, networkId, done: 'Relancé la mairie', need: '', interviewAt });
		const julienPage = await jobCirclePage({ actor: julien.actor, networkId });
		expect(julienPage.reader && julienPage.checkins.map((c) => [c.name, c.done, c.interviewAt])).toEqual([
			['Samira Benali', 'Relancé la mairie', interviewAt]
		]);
		const samiraPage = await jobCirclePage({ actor: samira.actor, networkId });
		expect(samiraPage.reader && samiraPage.myCheckin?.done).toBe('Relancé la mairie');
		const coordinatorPage = await jobCirclePage({ actor: coordinator.actor, networkId });
		expect(coordinatorPage.reader && coordinatorPage.checkins).toHaveLength(1);
		expect(JSON.stringify(await jobCirclePage({ actor: member.actor, networkId }))).not.toContain('mairie');

		const text = { done: 'Rien', need: '', interviewAt: null };
		await refused(saveCheckin({ actor: member.actor, networkId, ...text }), 'job_circle_members_only');
		await refused(saveCheckin({ actor: coordinator.actor, networkId, ...text }), 'job_circle_members_only');
		await refused(saveCheckin({ actor: other.member.actor, networkId, ...text }), 'not_member');
		await refused(saveCheckin({ actor: null, networkId, ...text }), 'not_logged_in');
		expect(await db().$count(jobCheckins, eq(jobCheckins.networkId, networkId))).toBe(1);
	});
});

describe('the check-in reminder', () => {
	const reminders = (accountId: string) =>
		db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.accountId, accountId), eq(notifications.kind, 'job_circle')));

	it('goes once a week to the members of the circle who have not written for two weeks', async () => {
		const { networkId, samira, julien, member } = await world();
		await sendCheckinReminders();
		expect(await reminders(samira.id)).toHaveLength(0); // joined today
		advanceClock(10 * DAY);
		await saveCheckin({ actor: julien.actor, networkId, done: 'Un atelier CV', need: '', interviewAt: null });
		advanceClock(5 * DAY);
		await sendCheckinReminders();
		await sendCheckinReminders();
		const [sent] = await reminders(samira.id);
		expect(sent).toMatchObject({ params: { what: 'checkin_reminder' }, link: '/entraide/emploi' });
		expect(describeNotification('job_circle', sent.params as Record<string, string>, 'fr')).toBe(
			'Cercle emploi : le cercle aimerait avoir de vos nouvelles. Écrivez votre point de la semaine.'
		);
		expect(await reminders(samira.id)).toHaveLength(1);
		expect(await reminders(julien.id)).toHaveLength(0); // wrote 5 days ago
		expect(await reminders(member.id)).toHaveLength(0); // not in the circle
		advanceClock(3 * DAY);
		await sendCheckinReminders();
		expect(await reminders(samira.id)).toHaveLength(1); // at most one a week
		advanceClock(4 * DAY);
		await sendCheckinReminders();
		expect(await reminders(samira.id)).toHaveLength(2);
	});

	it("is quiet as the kind's preference says: « in the app only » sends no e-mail and waits for no digest", async () => {
		const { samira } = await world();
		const preferences = await getPreferences({ actor: samira.actor });
		await setPreferences({ actor: samira.actor, preferences: { ...preferences, job_circle: 'app' } });
		advanceClock(15 * DAY);
		await sendCheckinReminders();
		expect((await reminders(samira.id)).map((n) => [n.delivery, n.emailedAt])).toEqual([['app', null]]);
	});
});
