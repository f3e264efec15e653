import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { profiles } from '../db/schema/index.ts';
import { helpersForLatestRequest, learnersOfMember } from './suggest-for-member.ts';

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
