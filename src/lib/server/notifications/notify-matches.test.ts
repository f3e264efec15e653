import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill,
	postContent
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { jobs, notificationDailyCounts, notifications } from '../db/schema/index.ts';
import { runDueJobs } from '../jobs/worker.ts';
import { createPost as publishPost } from '../posts/create-post.ts';
import { MATCH_NOTICES_PER_DAY, MATCH_NOTICES_PER_REQUEST, parisDay } from './kinds.ts';
import { notifyMatches } from './notify-matches.ts';

const DAY = 24 * 60 * 60 * 1000;
const matchesOf = (accountId: string) =>
	db()
		.select()
		.from(notifications)
		.where(and(eq(notifications.accountId, accountId), eq(notifications.kind, 'match')));

/** A network with `count` plumbers (the first ones living in the requester's neighbourhood rank higher). */
async function plumbers(count: number) {
	const people = await createNetworkWithPeople();
	const plumbing = await createSkill(people.network.id, 'Plomberie', 'Bricolage & réparation');
	const helpers = [];
	for (let i = 0; i < count; i++) {
		const helper = await createMember(people.network.id, { name: `Plombière ${i}` });
		await addMemberSkill(people.network.id, helper.id, plumbing.id, 'share');
		helpers.push(helper);
	}
	const request = (title = 'Qui veut me montrer comment déboucher un évier ?') =>
		createPost(people.network.id, people.member.id, {
			kind: 'request',
			title,
			themeName: 'Bricolage & réparation',
			skillIds: [plumbing.id]
		});
	return { ...people, plumbing, helpers, request };
}

describe('notifyMatches', () => {
	it('tells at most N of the best matches about a new request, never its author, once', async () => {
		const { member, helpers, request } = await plumbers(MATCH_NOTICES_PER_REQUEST + 3);
		const post = await request();
		const told = await notifyMatches(post.id);
		expect(told).toHaveLength(MATCH_NOTICES_PER_REQUEST);
		expect(told.every((id) => helpers.some((h) => h.id === id))).toBe(true);
		const [line] = await matchesOf(told[0]);
		expect(line).toMatchObject({ link: `/annonces/${post.id}`, params: { title: post.title } });
		expect(await matchesOf(member.id)).toHaveLength(0);
		// A second run (a retried job) tells nobody more.
		expect(await notifyMatches(post.id)).toEqual([]);
		const all = await Promise.all(helpers.map((h) => matchesOf(h.id)));
		expect(all.flat()).toHaveLength(MATCH_NOTICES_PER_REQUEST);
	});

	it('tells a person at most M times a day, then again the next day', async () => {
		const { helpers, request } = await plumbers(1);
		const [only] = helpers;
		for (let i = 0; i < MATCH_NOTICES_PER_DAY + 2; i++) await notifyMatches((await request(`Évier ${i}`)).id);
		expect(await matchesOf(only.id)).toHaveLength(MATCH_NOTICES_PER_DAY);
		advanceClock(DAY);
		await notifyMatches((await request('Évier du lendemain')).id);
		expect(await matchesOf(only.id)).toHaveLength(MATCH_NOTICES_PER_DAY + 1);
	});

	it('keeps the daily cap when many requests are handled at the same moment', async () => {
		const { helpers, request } = await plumbers(1);
		const posts = [];
		for (let i = 0; i < 8; i++) posts.push(await request(`Fuite ${i}`));
		await Promise.all(posts.map((p) => notifyMatches(p.id)));
		expect(await matchesOf(helpers[0].id)).toHaveLength(MATCH_NOTICES_PER_DAY);
	});

	it('replaces a person who reached today’s cap by the next match', async () => {
		const { helpers, request } = await plumbers(MATCH_NOTICES_PER_REQUEST + 1);
		const [capped] = helpers;
		await db()
			.insert(notificationDailyCounts)
			.values({ accountId: capped.id, kind: 'match', day: parisDay(now()).day, count: MATCH_NOTICES_PER_DAY });
		const told = await notifyMatches((await request()).id);
		expect(told).toHaveLength(MATCH_NOTICES_PER_REQUEST);
		expect(told).not.toContain(capped.id);
		expect(await matchesOf(capped.id)).toHaveLength(0);
	});

	it('says nothing about offers, closed or unknown posts', async () => {
		const { network, member, helpers, plumbing } = await plumbers(2);
		const offer = await createPost(network.id, member.id, { kind: 'offer', skillIds: [plumbing.id] });
		const closed = await createPost(network.id, member.id, {
			status: 'closed',
			closedAt: new Date(),
			skillIds: [plumbing.id]
		});
		expect(await notifyMatches(offer.id)).toEqual([]);
		expect(await notifyMatches(closed.id)).toEqual([]);
		expect(await notifyMatches('nimporte-quoi')).toEqual([]);
		expect(await matchesOf(helpers[0].id)).toHaveLength(0);
	});

	it('is queued when a member publishes a request, and done by the job worker', async () => {
		const { network, member, helpers, plumbing } = await plumbers(1);
		const content = await postContent(network.id, { themeName: 'Bricolage & réparation', skillIds: [plumbing.id] });
		const post = await publishPost({ actor: member.actor, networkId: network.id, kind: 'request', ...content });
		const queued = await db().select().from(jobs).where(eq(jobs.kind, 'notify-matches'));
		expect(queued.some((j) => j.payload.postId === post.id)).toBe(true);
		await runDueJobs();
		expect((await matchesOf(helpers[0].id)).map((n) => n.link)).toEqual([`/annonces/${post.id}`]);
	});
});
