import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { jobCvs, memberSkills, postSkills, posts, skills } from '../db/schema/index.ts';
import { answerPost } from '../introductions/open-introduction.ts';
import { moveIntroduction } from '../introductions/move-introduction.ts';
import { matchPost } from '../matching/match-post.ts';
import { closePost } from '../posts/close-post.ts';
import { postPage } from '../posts/post-page.ts';
import { CV_MAX_BYTES } from '../../limits.ts';
import { joinJobCircle } from './circle.ts';
import { readJobCv } from './cv.ts';
import { deleteExpiredCvs } from './delete-expired-cvs.ts';
import { requestJobHelp } from './request-help.ts';

const DAY = 24 * 60 * 60 * 1000;
const pdf = (size = 2000) =>
	Uint8Array.from({ length: size }, (_, i) => (i < 9 ? '%PDF-1.7\n'.charCodeAt(i) : 32 + (i % 90)));

async function world() {
	const people = await createNetworkWithPeople();
	const networkId = people.network.id;
	const make = async (name: string) => {
		const row = await createMember(networkId, { name });
		return { ...row, actor: await actorOf(row.id) };
	};
	const samira = await make('Samira Benali');
	const julien = await make('Julien Martin');
	const karim = await make('Karim Haddad');
	await joinJobCircle({ actor: samira.actor, networkId });
	const other = await createNetworkWithPeople();
	return { ...people, networkId, samira, julien, karim, other };
}

/** Samira asks for a CV review with her PDF; Julien and Karim both answer; she accepts Julien's help. */
async function acceptedJulien() {
	const w = await world();
	const { networkId, samira, julien, karim } = w;
	const post = await requestJobHelp({
		actor: samira.actor,
		networkId,
		helpKind: 'cv',
		description: 'Pour un poste de vendeuse',
		cv: pdf()
	});
	const julienAnswer = await answerPost({ actor: julien.actor, networkId, postId: post.id });
	await answerPost({ actor: karim.actor, networkId, postId: post.id });
	await moveIntroduction({ actor: samira.actor, networkId, introductionId: julienAnswer.id, to: 'accepted' });
	return { ...w, post };
}

const refused = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });
const cvCount = (postId: string) => db().$count(jobCvs, eq(jobCvs.postId, postId));

describe('job-search help requests', () => {
	it("are ordinary requests with the help kind's skill, so matching finds the members who share it", async () => {
		const { networkId, samira, julien } = await world();
		const post = await requestJobHelp({
			actor: samira.actor,
			networkId,
			helpKind: 'mock_interview',
			description: '',
			cv: new Uint8Array()
		});
		expect(post).toMatchObject({ kind: 'request', title: "Simulation d'entretien", status: 'open' });
		const [skill] = await db()
			.select({ id: skills.id, name: skills.name })
			.from(postSkills)
			.innerJoin(skills, eq(skills.id, postSkills.skillId))
			.where(eq(postSkills.postId, post.id));
		expect(skill.name).toBe("Simulation d'entretien");
		await db()
			.insert(memberSkills)
			.values({
				networkId,
				accountId: julien.id,
				skillId: skill.id,
				direction: 'share',
				level: 'advanced',
				formats: ['one_to_one']
			});
		const matches = await matchPost({ actor: samira.actor, networkId, postId: post.id });
		expect(matches.map((match) => match.name)).toContain('Julien Martin');
		expect(await cvCount(post.id)).toBe(0);
	});

	it("are for the circle's members: anyone else is refused and nothing is written", async () => {
		const { networkId, member, coordinator, other } = await world();
		const ask = (actor: typeof member.actor | null) =>
			requestJobHelp({ actor, networkId, helpKind: 'cv', description: '', cv: pdf() });
		await refused(ask(member.actor), 'job_circle_members_only');
		await refused(ask(coordinator.actor), 'job_circle_members_only');
		await refused(ask(other.member.actor), 'not_member');
		await refused(ask(null), 'not_logged_in');
		expect(await db().$count(posts, eq(posts.networkId, networkId))).toBe(0);
	});

	it('refuse a CV that is not a PDF or is too big, with nothing written', async () => {
		const { networkId, samira } = await world();
		const ask = (cv: Uint8Array) =>
			requestJobHelp({ actor: samira.actor, networkId, helpKind: 'cv', description: '', cv });
		const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6]);
		await expect(ask(jpeg)).rejects.toMatchObject({ code: 'cv_not_pdf', field: 'cv' });
		// A file named .pdf that only says so in its name: the first bytes decide.
		await expect(ask(new TextEncoder().encode('<html>%PDF-1.4</html>'))).rejects.toMatchObject({ code: 'cv_not_pdf' });
		await expect(ask(pdf(CV_MAX_BYTES + 1))).rejects.toMatchObject({ code: 'cv_too_big', params: { max: '5' } });
		expect(await db().$count(posts, eq(posts.networkId, networkId))).toBe(0);
		// At the limit it is accepted.
		const post = await ask(pdf(CV_MAX_BYTES));
		expect(await cvCount(post.id)).toBe(1);
	});
});

describe('the CV of a request', () => {
	it('is read by the author and the helper whose help was accepted — not the other helper, a coordinator, a plain member or another network', async () => {
		const { networkId, post, samira, julien, karim, member, coordinator, other } = await acceptedJulien();
		const read = (actor: typeof julien.actor | null) => readJobCv({ actor, networkId, postId: post.id });
		expect(new Uint8Array((await read(julien.actor)).bytes)).toEqual(pdf());
		expect((await read(samira.actor)).fileName).toBe('CV.pdf');
		await refused(read(karim.actor), 'not_found');
		await refused(read(coordinator.actor), 'not_found');
		await refused(read(member.actor), 'not_found');
		await refused(read(other.coordinator.actor), 'not_member');
		await refused(
			readJobCv({ actor: other.coordinator.actor, networkId: other.network.id, postId: post.id }),
			'not_found'
		);
		await refused(read(null), 'not_logged_in');
		await refused(readJobCv({ actor: julien.actor, networkId, postId: 'pas-un-id' }), 'not_found');
		// The post page offers the link to those two only.
		expect((await postPage({ actor: julien.actor, networkId, postId: post.id })).cv).toMatchObject({
			fileName: 'CV.pdf'
		});
		expect((await postPage({ actor: karim.actor, networkId, postId: post.id })).cv).toBeNull();
		expect((await postPage({ actor: coordinator.actor, networkId, postId: post.id })).cv).toBeNull();
	});

	it('is not readable before an answer is accepted', async () => {
		const { networkId, samira, julien } = await world();
		const post = await requestJobHelp({ actor: samira.actor, networkId, helpKind: 'cv', description: '', cv: pdf() });
		await answerPost({ actor: julien.actor, networkId, postId: post.id });
		await refused(readJobCv({ actor: julien.actor, networkId, postId: post.id }), 'not_found');
	});

	it('is deleted when the request is closed', async () => {
		const { networkId, post, samira, julien } = await acceptedJulien();
		await closePost({ actor: samira.actor, networkId, postId: post.id, outcome: 'fulfilled' });
		expect(await cvCount(post.id)).toBe(0);
		await refused(readJobCv({ actor: julien.actor, networkId, postId: post.id }), 'not_found');
	});

	it('is unreadable once the request expired, and deleted by the sweep; an open request keeps its CV', async () => {
		const { networkId, post, samira, julien } = await acceptedJulien();
		advanceClock(20 * DAY);
		const later = await requestJobHelp({
			actor: samira.actor,
			networkId,
			helpKind: 'cover_letter',
			description: '',
			cv: pdf()
		});
		advanceClock(11 * DAY);
		await refused(readJobCv({ actor: julien.actor, networkId, postId: post.id }), 'not_found');
		expect(await cvCount(post.id)).toBe(1);
		await deleteExpiredCvs();
		expect(await cvCount(post.id)).toBe(0);
		expect(await cvCount(later.id)).toBe(1);
	});
});
