// The post page's decisions, moved out of its route (issue 12): who sees the neighbours who fit, who may
// introduce members, and what a visitor or another network's member gets (the public version, nothing around it).
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { answerPost } from '../introductions/open-introduction.ts';
import { postPage } from './post-page.ts';

async function requestWithHelper(visibility: 'members' | 'public' = 'members') {
	const people = await createNetworkWithPeople();
	const { network, member } = people;
	const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
	const post = await createPost(network.id, member.id, {
		kind: 'request',
		title: 'Qui veut me montrer comment déboucher un évier ?',
		themeName: 'Bricolage & réparation',
		skillIds: [plumbing.id],
		visibility
	});
	const helper = await createMember(network.id, { name: 'Awa Diop' });
	await addMemberSkill(network.id, helper.id, plumbing.id, 'share');
	return { ...people, post, helper: { ...helper, actor: await actorOf(helper.id) } };
}

describe('postPage', () => {
	it('shows the author the neighbours who fit, and the coordinator also the members to introduce', async () => {
		const { network, coordinator, member, post } = await requestWithHelper();
		const scope = { networkId: network.id, postId: post.id };
		const author = await postPage({ actor: member.actor, ...scope });
		expect(author.matches?.map((m) => m.name)).toEqual(['Awa Diop']);
		expect(author).toMatchObject({ canIntroduce: false, others: [] });
		const coordinating = await postPage({ actor: coordinator.actor, ...scope });
		expect(coordinating.matches?.map((m) => m.name)).toEqual(['Awa Diop']);
		expect(coordinating.canIntroduce).toBe(true);
		expect(coordinating.others.map((o) => o.accountId)).not.toContain(member.id);
		expect(coordinating.others.length).toBeGreaterThan(0);
	});

	it('shows another member the post and their own introduction, never who fits nor who to introduce', async () => {
		const { network, post, helper } = await requestWithHelper();
		const scope = { networkId: network.id, postId: post.id };
		await answerPost({ actor: helper.actor, ...scope });
		const page = await postPage({ actor: helper.actor, ...scope });
		expect(page.post.title).toBe('Qui veut me montrer comment déboucher un évier ?');
		expect(page).toMatchObject({ matches: null, canIntroduce: false, others: [], unanswered: false });
		expect(page.introductions).toHaveLength(1);
	});

	it('gives a visitor or another network’s member the public version alone, and refuses a members-only post', async () => {
		const { network, post: members } = await requestWithHelper();
		const { network: publicNetwork, post: open } = await requestWithHelper('public');
		const other = await createNetworkWithPeople();
		for (const [actor, networkId] of [
			[null, null],
			[null, publicNetwork.id],
			[other.member.actor, other.network.id]
		] as const) {
			const page = await postPage({ actor, networkId, postId: open.id });
			expect(page.post.authorName).toBeNull();
			expect(page).toMatchObject({ matches: null, introductions: [], canIntroduce: false, others: [] });
		}
		await expect(postPage({ actor: null, networkId: network.id, postId: members.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			postPage({ actor: other.member.actor, networkId: other.network.id, postId: members.id })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
