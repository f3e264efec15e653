// Outside mentoring (decision 036): invitation, profile, requests, suggestions, pairs accepted by both, the
// thread, sessions and the closing reviews; every refusal is an AppError and writes nothing.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createSkill } from '../../../../tests/factories.ts';
import { activeMentor, invitationToken, mentoringWorld, ORIGIN } from '../../../../tests/mentoring-world.ts';
import { db } from '../db/client.ts';
import { emails, mentoringRequests, mentoringSessions, mentorings, mentors, mentorSkills } from '../db/schema/index.ts';
import { mentorProfileInput } from '../../validation/mentoring.ts';
import { acceptMentorInvitation, createMentorAccount, mentorInvitation } from './accept-invitation.ts';
import { listMentors, listRequests } from './coordination.ts';
import { inviteMentor } from './invite-mentor.ts';
import { myMentoring } from './member-mentoring.ts';
import { mentorHome } from './mentor-home.ts';
import { leaveMentoring, setMentorPaused, updateMentorProfile } from './mentor-profile.ts';
import { acceptPair, declinePair, proposePair } from './pairs.ts';
import { knowledgeReceived } from './received-knowledge.ts';
import { askForMentor, closeRequest, createRequestForMember } from './requests.ts';
import { listSessions, logSession, reviewMentoring } from './sessions.ts';
import { suggestMentors } from './suggest-mentors.ts';
import { listThread, postToThread } from './thread.ts';

const codeOf = async (run: () => Promise<unknown>) => {
	try {
		await run();
		return 'ok';
	} catch (e) {
		return (e as { code?: string }).code ?? String(e);
	}
};

const count = async (table: typeof mentorings | typeof mentors | typeof mentoringSessions | typeof mentoringRequests) =>
	(
		await db()
			.select({ n: sql<number>`count(*)::int` })
			.from(table)
	)[0].n;

describe('inviting a mentor', () => {
	it('emails a single-use link; the new account gets a mentor row and no membership', async () => {
		const { network, asCoordinator } = await createNetworkWithPeople().then((p) => ({
			...p,
			asCoordinator: { actor: p.coordinator.actor, networkId: p.network.id }
		}));
		await inviteMentor({
			...asCoordinator,
			name: 'Thomas',
			email: 'Thomas@Parvis.example',
			partnerId: '',
			origin: ORIGIN
		});
		const token = await invitationToken('thomas@parvis.example');
		expect(await mentorInvitation(token)).toMatchObject({ name: 'Thomas', network: network.name, hasAccount: false });
		const { accountId } = await createMentorAccount({ token, name: 'Thomas', password: 'un mot de passe solide' });
		const actor = await actorOf(accountId);
		expect(actor.memberships).toEqual([]);
		expect(await mentorInvitation(token)).toBeNull();
		expect(await codeOf(() => createMentorAccount({ token, name: 'Autre', password: 'un mot de passe solide' }))).toBe(
			'token_invalid'
		);
		expect(await codeOf(() => acceptMentorInvitation({ actor, token }))).toBe('token_invalid');
		// The same address again is refused while the mentor is there.
		expect(
			await codeOf(() =>
				inviteMentor({
					...asCoordinator,
					name: 'Thomas',
					email: 'thomas@parvis.example',
					partnerId: '',
					origin: ORIGIN
				})
			)
		).toBe('mentor_already_invited');
	});

	it('is for coordinators only, with a partner of the same network', async () => {
		const { member, network, coordinator } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const invite = (actor: typeof member.actor | null, partnerId = '') =>
			codeOf(() =>
				inviteMentor({ actor, networkId: network.id, name: 'X', email: 'x@y.example', partnerId, origin: ORIGIN })
			);
		const before = await count(mentors);
		expect(await invite(null)).toBe('not_logged_in');
		expect(await invite(member.actor)).toBe('forbidden');
		expect(await invite(other.coordinator.actor)).toBe('not_member');
		expect(await invite(coordinator.actor, '00000000-0000-4000-8000-000000000000')).toBe('partner_unknown');
		expect(await count(mentors)).toBe(before);
	});

	it('can be accepted by someone already logged in', async () => {
		const { coordinator, network } = await createNetworkWithPeople();
		const elsewhere = await createNetworkWithPeople();
		await inviteMentor({
			actor: coordinator.actor,
			networkId: network.id,
			name: 'Nadia',
			email: elsewhere.member.email!,
			partnerId: '',
			origin: ORIGIN
		});
		const token = await invitationToken(elsewhere.member.email!);
		expect((await mentorInvitation(token))?.hasAccount).toBe(true);
		expect(await codeOf(() => acceptMentorInvitation({ actor: null, token }))).toBe('not_logged_in');
		const { networkId } = await acceptMentorInvitation({ actor: elsewhere.member.actor, token });
		expect(networkId).toBe(network.id);
		const actor = await actorOf(elsewhere.member.id);
		expect(actor.memberships.map((m) => m.networkId)).toEqual([elsewhere.network.id]);
	});
});

describe("a mentor's profile", () => {
	it('takes skills of the network only, and hours a month from 1 to 40', async () => {
		const { mentor, interview } = await mentoringWorld();
		const foreign = await createSkill((await createNetworkWithPeople()).network.id, 'finance', 'Autre');
		const base = { actor: mentor.actor, mentorId: mentor.id, format: 'video' as const, presentation: '' };
		expect(await codeOf(() => updateMentorProfile({ ...base, skillIds: [foreign.id], hoursPerMonth: 4 }))).toBe(
			'skill_unknown'
		);
		for (const hours of ['0', '200', '']) {
			const parsed = mentorProfileInput.safeParse({ skillIds: interview.id, hoursPerMonth: hours, format: 'video' });
			expect(parsed.error?.issues[0].message).toBe('mentor_hours');
		}
		const skillsNow = await db().select().from(mentorSkills).where(eq(mentorSkills.mentorId, mentor.id));
		expect(skillsNow.map((s) => s.skillId)).toEqual([interview.id]);
		const [row] = await db().select().from(mentors).where(eq(mentors.id, mentor.id));
		expect(row.hoursPerMonth).toBe(6);
	});

	it("is nobody else's to change", async () => {
		const { mentor, coordinator, member, interview } = await mentoringWorld();
		const input = {
			mentorId: mentor.id,
			skillIds: [interview.id],
			hoursPerMonth: 2,
			format: 'video' as const,
			presentation: ''
		};
		expect(await codeOf(() => updateMentorProfile({ ...input, actor: coordinator.actor }))).toBe('not_found');
		expect(await codeOf(() => updateMentorProfile({ ...input, actor: member.actor }))).toBe('not_found');
		expect(await codeOf(() => updateMentorProfile({ ...input, actor: null }))).toBe('not_logged_in');
	});
});

describe('requests and suggestions', () => {
	it('suggest the active mentors whose skills fit, the same skill before the same theme', async () => {
		const { asCoordinator, request, mentor, cv, sewing, network } = await mentoringWorld();
		const cvMentor = await activeMentor(asCoordinator, { name: 'Claire CV', skillIds: [cv.id] });
		await activeMentor(asCoordinator, { name: 'Sarah Couture', skillIds: [sewing.id] });
		const paused = await activeMentor(asCoordinator, { name: 'Paul Pause', skillIds: [cv.id] });
		await setMentorPaused({ actor: paused.actor, mentorId: paused.id, paused: true });
		const other = await createNetworkWithPeople();
		const otherSkill = await createSkill(other.network.id, 'préparer un entretien en finance', 'Emploi & démarches');
		await activeMentor({ actor: other.coordinator.actor, networkId: other.network.id }, { skillIds: [otherSkill.id] });
		const suggested = await suggestMentors({ ...asCoordinator, requestId: request.id });
		expect(suggested.map((s) => [s.id, s.sameSkill])).toEqual([
			[mentor.id, true],
			[cvMentor.id, false]
		]);
		expect(suggested[0].minutesLeft).toBe(360);
		expect(await codeOf(() => suggestMentors({ actor: null, networkId: network.id, requestId: request.id }))).toBe(
			'not_logged_in'
		);
	});

	it('leave out a mentor whose hours this month are used', async () => {
		const { asCoordinator, request, mentor, member, interview } = await mentoringWorld();
		const pair = await proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id });
		await acceptPair({ actor: mentor.actor, mentoringId: pair.id });
		await acceptPair({ actor: member.actor, mentoringId: pair.id });
		await logSession({ actor: mentor.actor, mentoringId: pair.id, heldOn: '2026-11-30', minutes: 360, note: '' });
		const second = await askForMentor({
			actor: member.actor,
			networkId: asCoordinator.networkId,
			skillId: interview.id,
			goal: 'Un deuxième entretien.',
			format: 'both',
			months: 1
		});
		expect(await suggestMentors({ ...asCoordinator, requestId: second.id })).toEqual([]);
	});

	it('are refused with an unknown skill or member, and written by a coordinator for an active member', async () => {
		const { asCoordinator, member, network, interview } = await mentoringWorld();
		const foreign = await createSkill((await createNetworkWithPeople()).network.id, 'bourse', 'Autre');
		const stranger = await createMember((await createNetworkWithPeople()).network.id);
		const input = { goal: 'Comprendre la bourse.', format: 'both' as const, months: 3 };
		const before = await count(mentoringRequests);
		expect(
			await codeOf(() => askForMentor({ actor: member.actor, networkId: network.id, skillId: foreign.id, ...input }))
		).toBe('skill_unknown');
		expect(
			await codeOf(() =>
				createRequestForMember({ ...asCoordinator, memberAccountId: stranger.id, skillId: interview.id, ...input })
			)
		).toBe('mentoring_member_unknown');
		expect(
			await codeOf(() =>
				createRequestForMember({
					actor: member.actor,
					networkId: network.id,
					memberAccountId: member.id,
					skillId: interview.id,
					...input
				})
			)
		).toBe('forbidden');
		expect(await count(mentoringRequests)).toBe(before);
		await createRequestForMember({ ...asCoordinator, memberAccountId: member.id, skillId: interview.id, ...input });
		expect((await listRequests(asCoordinator)).map((r) => r.goal)).toContain('Comprendre la bourse.');
	});
});

describe('withdrawing a request', () => {
	it('is for the member who asked or a coordinator; a closed request takes no pair', async () => {
		const { asCoordinator, request, mentor, member, network } = await mentoringWorld();
		const neighbour = await actorOf((await createMember(network.id)).id);
		const close = (actor: typeof neighbour | null) =>
			codeOf(() => closeRequest({ actor, networkId: network.id, requestId: request.id }));
		expect(await close(null)).toBe('not_logged_in');
		expect(await close(neighbour)).toBe('forbidden');
		expect(await close(mentor.actor)).toBe('not_member');
		expect(await codeOf(() => closeRequest({ actor: member.actor, networkId: network.id, requestId: 'x' }))).toBe(
			'not_found'
		);
		expect(await close(member.actor)).toBe('ok');
		expect(await close(member.actor)).toBe('mentoring_request_closed');
		expect(await codeOf(() => proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id }))).toBe(
			'mentoring_request_closed'
		);
		expect((await mentorHome({ actor: mentor.actor })).requests).toEqual([]);
	});
});

describe('a pair', () => {
	it('starts once both accepted, then the two talk and log sessions; the coordinator reads neither', async () => {
		const { asCoordinator, request, mentor, member, coordinator } = await mentoringWorld();
		const pair = await proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id });
		expect(
			await codeOf(() =>
				logSession({ actor: mentor.actor, mentoringId: pair.id, heldOn: '2026-12-01', minutes: 60, note: '' })
			)
		).toBe('mentoring_not_started');
		expect(await acceptPair({ actor: mentor.actor, mentoringId: pair.id })).toEqual({ started: false });
		expect(await codeOf(() => acceptPair({ actor: mentor.actor, mentoringId: pair.id }))).toBe('already_answered');
		expect(await acceptPair({ actor: member.actor, mentoringId: pair.id })).toEqual({ started: true });
		await postToThread({ actor: mentor.actor, mentoringId: pair.id, body: 'Bonjour Leïla, mardi en visio ?' });
		await postToThread({ actor: member.actor, mentoringId: pair.id, body: 'Oui, mardi 18 h.' });
		expect((await listThread({ actor: member.actor, mentoringId: pair.id })).messages.map((m) => m.body)).toEqual([
			'Bonjour Leïla, mardi en visio ?',
			'Oui, mardi 18 h.'
		]);
		await logSession({
			actor: mentor.actor,
			mentoringId: pair.id,
			heldOn: '2026-12-01',
			minutes: 60,
			note: 'Le pitch'
		});
		await logSession({ actor: member.actor, mentoringId: pair.id, heldOn: '2026-12-08', minutes: 45, note: '' });
		expect((await listSessions({ actor: mentor.actor, mentoringId: pair.id })).sessions.map((s) => s.minutes)).toEqual([
			60, 45
		]);
		// Not a party: the coordinator, another member, the mentor's own coordinator of another network.
		const outsider = await actorOf((await createMember(asCoordinator.networkId)).id);
		for (const actor of [coordinator.actor, outsider]) {
			expect(await codeOf(() => listThread({ actor, mentoringId: pair.id }))).toBe('not_found');
			expect(await codeOf(() => postToThread({ actor, mentoringId: pair.id, body: 'x' }))).toBe('not_found');
			expect(await codeOf(() => listSessions({ actor, mentoringId: pair.id }))).toBe('not_found');
			expect(
				await codeOf(() => logSession({ actor, mentoringId: pair.id, heldOn: '2026-12-01', minutes: 30, note: '' }))
			).toBe('not_found');
		}
		expect(await codeOf(() => listThread({ actor: null, mentoringId: pair.id }))).toBe('not_logged_in');
		expect(await codeOf(() => listThread({ actor: member.actor, mentoringId: 'pas-un-id' }))).toBe('not_found');
		const mine = await myMentoring({ actor: member.actor, networkId: asCoordinator.networkId });
		expect(mine.pairs.map((p) => [p.mentor, p.status])).toEqual([['Thomas Mercier', 'active']]);
		expect(mine.requests.map((r) => r.status)).toEqual(['paired']);
	});

	it('ends with a review from each side; an ended mentoring takes no session, and it counts in reports', async () => {
		const { asCoordinator, request, mentor, member } = await mentoringWorld();
		const pair = await proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id });
		await acceptPair({ actor: member.actor, mentoringId: pair.id });
		await acceptPair({ actor: mentor.actor, mentoringId: pair.id });
		await logSession({ actor: mentor.actor, mentoringId: pair.id, heldOn: '2026-11-10', minutes: 90, note: '' });
		await logSession({ actor: mentor.actor, mentoringId: pair.id, heldOn: '2026-11-20', minutes: 30, note: '' });
		await reviewMentoring({ actor: member.actor, mentoringId: pair.id, helped: 4, sentence: "J'ai eu le poste !" });
		const sessionsBefore = await count(mentoringSessions);
		expect(
			await codeOf(() =>
				logSession({ actor: mentor.actor, mentoringId: pair.id, heldOn: '2026-11-25', minutes: 30, note: '' })
			)
		).toBe('mentoring_ended');
		expect(await count(mentoringSessions)).toBe(sessionsBefore);
		expect(await codeOf(() => postToThread({ actor: mentor.actor, mentoringId: pair.id, body: 'x' }))).toBe(
			'mentoring_ended'
		);
		expect(
			await codeOf(() => reviewMentoring({ actor: member.actor, mentoringId: pair.id, helped: 1, sentence: 'Encore' }))
		).toBe('mentoring_review_done');
		await reviewMentoring({ actor: mentor.actor, mentoringId: pair.id, helped: 3, sentence: 'Très motivée.' });
		const report = await knowledgeReceived({ ...asCoordinator, from: '2026-11-01', to: '2026-12-31' });
		expect(report.bySkill).toEqual([
			{ skill: 'préparer un entretien en finance', mentorings: 1, sessions: 2, minutes: 120 }
		]);
		expect(report).toMatchObject({ reviews: 2, averageHelped: 3.5 });
		expect(
			await codeOf(() =>
				knowledgeReceived({
					actor: member.actor,
					networkId: asCoordinator.networkId,
					from: '2026-11-01',
					to: '2026-12-31'
				})
			)
		).toBe('forbidden');
	});

	it('is emailed to both sides with a link to its page, in the same step as the proposal', async () => {
		const { asCoordinator, request, mentor, member } = await mentoringWorld();
		const pair = await proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id, origin: ORIGIN });
		const sent = await db()
			.select({ to: emails.toAddress, subject: emails.subject, text: emails.textBody })
			.from(emails)
			.where(eq(emails.subject, 'Mentorat proposé : préparer un entretien en finance'));
		expect(sent.map((e) => e.to).sort()).toEqual([mentor.email, member.email].sort());
		for (const email of sent) expect(email.text).toContain(`${ORIGIN}/mentorat/${pair.id}`);
		expect(sent.find((e) => e.to === member.email)?.text).toContain('avec Thomas Mercier');
		expect(sent.find((e) => e.to === mentor.email)?.text).toContain(`avec ${member.name}`);
	});

	it('declined with a reason frees the request; the reason is for the coordinator', async () => {
		const { asCoordinator, request, mentor, cv } = await mentoringWorld();
		const pair = await proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id });
		expect(await codeOf(() => proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id }))).toBe(
			'mentoring_request_closed'
		);
		await declinePair({ actor: mentor.actor, mentoringId: pair.id, reason: 'Pas disponible en décembre.' });
		const [listed] = (await listRequests(asCoordinator)).filter((r) => r.id === request.id);
		expect(listed.pairs.map((p) => [p.status, p.declinedBy, p.declineReason])).toEqual([
			['declined', 'mentor', 'Pas disponible en décembre.']
		]);
		const other = await activeMentor(asCoordinator, { name: 'Claire', skillIds: [cv.id] });
		await proposePair({ ...asCoordinator, requestId: request.id, mentorId: other.id });
	});

	it("is refused with a mentor of another network, a paused one, or by someone who isn't a coordinator", async () => {
		const { asCoordinator, request, mentor, member, interview } = await mentoringWorld();
		const other = await createNetworkWithPeople();
		const otherSkill = await createSkill(other.network.id, 'finance', 'Autre');
		const foreign = await activeMentor(
			{ actor: other.coordinator.actor, networkId: other.network.id },
			{ skillIds: [otherSkill.id] }
		);
		const before = await count(mentorings);
		expect(await codeOf(() => proposePair({ ...asCoordinator, requestId: request.id, mentorId: foreign.id }))).toBe(
			'mentor_unknown'
		);
		expect(
			await codeOf(() =>
				proposePair({
					actor: member.actor,
					networkId: asCoordinator.networkId,
					requestId: request.id,
					mentorId: mentor.id
				})
			)
		).toBe('forbidden');
		expect(
			await codeOf(() =>
				proposePair({
					actor: other.coordinator.actor,
					networkId: other.network.id,
					requestId: request.id,
					mentorId: foreign.id
				})
			)
		).toBe('not_found');
		await setMentorPaused({ actor: mentor.actor, mentorId: mentor.id, paused: true });
		expect(await codeOf(() => proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id }))).toBe(
			'mentor_not_available'
		);
		expect(await count(mentorings)).toBe(before);
		// The database itself refuses a pair across networks.
		await expect(
			db()
				.insert(mentorings)
				.values({ networkId: asCoordinator.networkId, requestId: request.id, mentorId: foreign.id })
		).rejects.toThrow();
		expect(interview.networkId).toBe(asCoordinator.networkId);
	});
});

describe('leaving', () => {
	it('ends running mentorings, declines proposed ones and forgets what the mentor wrote', async () => {
		const { asCoordinator, request, mentor, member, interview } = await mentoringWorld();
		const running = await proposePair({ ...asCoordinator, requestId: request.id, mentorId: mentor.id });
		await acceptPair({ actor: mentor.actor, mentoringId: running.id });
		await acceptPair({ actor: member.actor, mentoringId: running.id });
		const second = await askForMentor({
			actor: member.actor,
			networkId: asCoordinator.networkId,
			skillId: interview.id,
			goal: 'Un autre projet.',
			format: 'both',
			months: 2
		});
		const proposed = await proposePair({ ...asCoordinator, requestId: second.id, mentorId: mentor.id });
		await leaveMentoring({ actor: mentor.actor, mentorId: mentor.id });
		const pairs = await db().select().from(mentorings).where(eq(mentorings.mentorId, mentor.id));
		expect(Object.fromEntries(pairs.map((p) => [p.id, p.status]))).toEqual({
			[running.id]: 'ended',
			[proposed.id]: 'declined'
		});
		const [row] = await db().select().from(mentors).where(eq(mentors.id, mentor.id));
		expect(row).toMatchObject({ status: 'left', accountId: null, email: '', presentation: '', hoursPerMonth: null });
		expect(await db().select().from(mentorSkills).where(eq(mentorSkills.mentorId, mentor.id))).toEqual([]);
		expect((await mentorHome({ actor: mentor.actor })).mentors).toEqual([]);
		expect(await codeOf(() => listThread({ actor: mentor.actor, mentoringId: running.id }))).toBe('not_found');
		expect((await listMentors(asCoordinator)).map((m) => m.id)).not.toContain(mentor.id);
		expect(
			(await myMentoring({ actor: member.actor, networkId: asCoordinator.networkId })).pairs.map((p) => p.mentor)
		).toEqual(['Thomas Mercier', 'Thomas Mercier']);
	});
});
