import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { profiles } from '../db/schema/index.ts';
import { answerPost } from '../introductions/open-introduction.ts';
import {
	HOME_SUGGESTIONS,
	helpersForLatestRequest,
	learnersOfMember,
	requestsForMember
} from './suggest-for-member.ts';

describe('home-page suggestions', () => {
	it('shows the helpers for the member’s latest live request, and nothing once it has expired', async () => {
		const { network, member } = await createNetworkWithPeople();
		const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
		await createPost(network.id, member.id, { kind: 'request', title: 'Un vieux besoin', themeName: 'Couture' });
		advanceClock(60_000);
		const latest = await createPost(network.id, member.id, {
			kind: 'request',
			title: 'Déboucher un évier',
			themeName: 'Bricolage & réparation',
			skillIds: [plumbing.id]
		});
		const helper = await createMember(network.id, { name: 'Awa Diop' });
		await addMemberSkill(network.id, helper.id, plumbing.id, 'share');
		const found = await helpersForLatestRequest({ actor: member.actor, networkId: network.id });
		expect(found?.post).toEqual({ id: latest.id, title: 'Déboucher un évier' });
		expect(found?.matches.map((m) => m.name)).toEqual(['Awa Diop']);

		advanceClock(31 * 24 * 3600 * 1000);
		expect(await helpersForLatestRequest({ actor: member.actor, networkId: network.id })).toBeNull();
	});

	it('lists the members who want to learn what the member shares, most skills in common first', async () => {
		const { network, member } = await createNetworkWithPeople();
		const arabic = await createSkill(network.id, 'Arabe', 'Langues');
		const cooking = await createSkill(network.id, 'Cuisine libanaise', 'Cuisine');
		await addMemberSkill(network.id, member.id, arabic.id, 'share');
		await addMemberSkill(network.id, member.id, cooking.id, 'share');
		await db().insert(profiles).values({ networkId: network.id, accountId: member.id, neighbourhood: 'Université' });
		const both = await createMember(network.id, { name: 'Zoé Both' });
		await addMemberSkill(network.id, both.id, arabic.id, 'learn');
		await addMemberSkill(network.id, both.id, cooking.id, 'learn');
		const near = await createMember(network.id, { name: 'Yann Near' });
		await addMemberSkill(network.id, near.id, arabic.id, 'learn');
		await db().insert(profiles).values({ networkId: network.id, accountId: near.id, neighbourhood: 'université' });
		const far = await createMember(network.id, { name: 'Xavier Far' });
		await addMemberSkill(network.id, far.id, cooking.id, 'learn');
		const sharer = await createMember(network.id, { name: 'Walid Sharer' });
		await addMemberSkill(network.id, sharer.id, arabic.id, 'share');
		// Not yet let in: their wish to learn is not suggested.
		const waiting = await createMember(network.id, { name: 'Vera Waiting', status: 'pending' });
		await addMemberSkill(network.id, waiting.id, arabic.id, 'learn');

		const learners = await learnersOfMember({ actor: member.actor, networkId: network.id });
		expect(learners.map((l) => [l.name, l.skills, l.nearby])).toEqual([
			['Zoé Both', ['Arabe', 'Cuisine libanaise'], false],
			['Yann Near', ['Arabe'], true],
			['Xavier Far', ['Cuisine libanaise'], false]
		]);
	});

	it('is for members of the network only', async () => {
		const { network } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const pending = await createMember(network.id, { status: 'pending' });
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[other.member.actor, 'not_member'],
			[await actorOf(pending.id), 'membership_pending']
		] as const) {
			await expect(helpersForLatestRequest({ actor, networkId: network.id })).rejects.toMatchObject({ code });
			await expect(learnersOfMember({ actor, networkId: network.id })).rejects.toMatchObject({ code });
		}
	});
});

describe('requests a member could help with', () => {
	it('lists other members’ live requests that ask for a skill the member shares, newest first', async () => {
		const { network, member } = await createNetworkWithPeople();
		const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
		const sewing = await createSkill(network.id, 'Couture', 'Couture');
		const fatou = await createMember(network.id, { name: 'Fatou Diallo' });
		await addMemberSkill(network.id, fatou.id, plumbing.id, 'share');
		await addMemberSkill(network.id, fatou.id, sewing.id, 'learn');
		const shelf = await createPost(network.id, member.id, {
			kind: 'request',
			title: 'Poser une étagère',
			themeName: 'Bricolage & réparation'
		});
		const older = await createPost(network.id, member.id, {
			kind: 'request',
			title: 'Robinet qui fuit',
			skillIds: [plumbing.id]
		});
		advanceClock(60_000);
		const sink = await createPost(network.id, member.id, {
			kind: 'request',
			title: 'Qui veut me montrer comment déboucher un évier ?',
			skillIds: [plumbing.id]
		});
		// Not for her: an offer, a request for what she wants to learn, her own request, a closed or expired one.
		await createPost(network.id, member.id, {
			kind: 'offer',
			title: 'Je montre la plomberie',
			skillIds: [plumbing.id]
		});
		await createPost(network.id, member.id, { kind: 'request', title: 'Ourlet', skillIds: [sewing.id] });
		await createPost(network.id, fatou.id, { kind: 'request', title: 'Le mien', skillIds: [plumbing.id] });
		await createPost(network.id, member.id, {
			kind: 'request',
			title: 'Fermée',
			status: 'closed',
			closedAt: new Date(),
			skillIds: [plumbing.id]
		});
		await createPost(network.id, member.id, {
			kind: 'request',
			title: 'Expirée',
			expiresAt: new Date(Date.now() - 1000),
			skillIds: [plumbing.id]
		});
		const fatouActor = await actorOf(fatou.id);
		const found = await requestsForMember({ actor: fatouActor, networkId: network.id });
		expect(found).toEqual([
			{ id: sink.id, title: sink.title, authorName: member.name, about: ['Plomberie'], skillMatch: true },
			{ id: older.id, title: 'Robinet qui fuit', authorName: member.name, about: ['Plomberie'], skillMatch: true },
			// Filed under the theme of her skill without naming one: after the skill matches.
			{
				id: shelf.id,
				title: 'Poser une étagère',
				authorName: member.name,
				about: ['Bricolage & réparation'],
				skillMatch: false
			}
		]);
		// Once she answered it, it leaves her suggestions.
		await answerPost({ actor: fatouActor, networkId: network.id, postId: sink.id });
		expect((await requestsForMember({ actor: fatouActor, networkId: network.id })).map((r) => r.id)).toEqual([
			older.id,
			shelf.id
		]);
	});

	it('reads only the newest requests of each skill, and still gives the five best of all of them', async () => {
		const { network, member } = await createNetworkWithPeople();
		const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
		const wiring = await createSkill(network.id, 'Électricité', 'Bricolage & réparation');
		const awa = await createMember(network.id, { name: 'Awa Diop' });
		await addMemberSkill(network.id, awa.id, plumbing.id, 'share');
		await addMemberSkill(network.id, awa.id, wiring.id, 'share');
		const awaActor = await actorOf(awa.id);
		const start = now().getTime();
		const minutesAgo = (n: number) => new Date(start - n * 60_000);
		const request = (title: string, skillIds: string[], createdAt: Date, more: Record<string, unknown> = {}) =>
			createPost(network.id, member.id, { kind: 'request', title, skillIds, createdAt, ...more });
		// The newest plumbing requests do not qualify: closed, expired, answered by her. The walk goes past them.
		await request('Fermée', [plumbing.id], minutesAgo(1), { status: 'closed', closedAt: new Date() });
		await request('Expirée', [plumbing.id], minutesAgo(2), { expiresAt: new Date(start - 1000) });
		const answered = await request('Déjà répondu', [plumbing.id], minutesAgo(3));
		await answerPost({ actor: awaActor, networkId: network.id, postId: answered.id });
		// Then, per skill, more requests than the home page shows; three at the very same time (ties by id), one
		// with both skills (listed once, naming both).
		const live = [];
		for (let i = 0; i < 7; i++) live.push(await request(`Plomberie ${i}`, [plumbing.id], minutesAgo(10 + 3 * i)));
		for (let i = 0; i < 3; i++) live.push(await request(`Ensemble ${i}`, [wiring.id], minutesAgo(14)));
		live.push(await request('Les deux', [plumbing.id, wiring.id], minutesAgo(11)));
		for (let i = 0; i < 6; i++) live.push(await request(`Électricité ${i}`, [wiring.id], minutesAgo(30 + i)));

		const found = await requestsForMember({ actor: awaActor, networkId: network.id });
		const expected = [...live]
			.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : 1))
			.slice(0, HOME_SUGGESTIONS);
		expect(found.map((r) => r.title)).toEqual(expected.map((r) => r.title));
		// 10, 11 and 13 minutes ago, then two of the three at 14 minutes (by id), none of the older electricity.
		expect(found.slice(0, 3).map((r) => r.title)).toEqual(['Plomberie 0', 'Les deux', 'Plomberie 1']);
		expect(found.slice(3).map((r) => r.title.split(' ')[0])).toEqual(['Ensemble', 'Ensemble']);
		expect(new Set(found.find((r) => r.title === 'Les deux')?.about)).toEqual(new Set(['Électricité', 'Plomberie']));
		expect(found.every((r) => r.skillMatch)).toBe(true);
	});

	it('is for members of the network only', async () => {
		const { network } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await expect(requestsForMember({ actor: null, networkId: network.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(requestsForMember({ actor: other.member.actor, networkId: network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});
