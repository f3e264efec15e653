import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createMember,
	createNetworkWithPeople,
	createPost as givenPost,
	createSkill
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { getPost } from './get-post.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A member's request about their bike with two skills, in a network with a coordinator and a neighbour. */
async function withPost(overrides: Parameters<typeof givenPost>[2] = {}) {
	const people = await createNetworkWithPeople();
	const neighbour = await createMember(people.network.id, { name: 'Fatou Diallo' });
	const repair = await createSkill(people.network.id, 'Réparation de vélo', 'Mobilité & vélo');
	const brakes = await createSkill(people.network.id, 'Freins et dérailleurs', 'Mobilité & vélo');
	const post = await givenPost(people.network.id, people.member.id, {
		title: 'Réparer mon vélo',
		description: 'La chaîne saute.',
		themeName: 'Mobilité & vélo',
		skillIds: [repair.id, brakes.id],
		...overrides
	});
	return { ...people, neighbour: { ...neighbour, actor: await actorOf(neighbour.id) }, post };
}

describe('getPost', () => {
	it('shows a member the post with its author, theme and skills, without the author’s buttons', async () => {
		const { network, member, neighbour, post } = await withPost();
		const seen = await getPost({ actor: neighbour.actor, networkId: network.id, postId: post.id });
		expect(seen).toMatchObject({
			id: post.id,
			title: 'Réparer mon vélo',
			description: 'La chaîne saute.',
			authorName: member.name,
			themeName: 'Mobilité & vélo',
			skills: [{ name: 'Freins et dérailleurs' }, { name: 'Réparation de vélo' }],
			state: 'open',
			isAuthor: false,
			canManage: false,
			canRenew: false
		});
	});

	it('gives the author and the coordinators the buttons to manage the post', async () => {
		const { network, member, coordinator, post } = await withPost();
		for (const actor of [member.actor, coordinator.actor]) {
			expect(await getPost({ actor, networkId: network.id, postId: post.id })).toMatchObject({ canManage: true });
		}
		expect(await getPost({ actor: member.actor, networkId: network.id, postId: post.id })).toMatchObject({
			isAuthor: true
		});
	});

	it('shows an expired post only to its author (who may prolong it) and the coordinators', async () => {
		const { network, member, coordinator, neighbour, post } = await withPost();
		advanceClock(31 * DAY);
		expect(await getPost({ actor: member.actor, networkId: network.id, postId: post.id })).toMatchObject({
			state: 'expired',
			canRenew: true
		});
		expect(await getPost({ actor: coordinator.actor, networkId: network.id, postId: post.id })).toMatchObject({
			state: 'expired'
		});
		await expect(getPost({ actor: neighbour.actor, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it.each(['fulfilled', 'closed'] as const)(
		'shows a %s post only to its author and the coordinators',
		async (status) => {
			const { network, member, coordinator, neighbour, post } = await withPost({ status, closedAt: now() });
			for (const actor of [member.actor, coordinator.actor]) {
				expect(await getPost({ actor, networkId: network.id, postId: post.id })).toMatchObject({
					state: status,
					canRenew: false
				});
			}
			await expect(getPost({ actor: neighbour.actor, networkId: network.id, postId: post.id })).rejects.toMatchObject({
				code: 'not_found'
			});
		}
	);

	it('does not find a post of another network, nor a malformed id', async () => {
		const { post } = await withPost();
		const other = await createNetworkWithPeople();
		for (const postId of [post.id, crypto.randomUUID(), 'annonce-42']) {
			await expect(
				getPost({ actor: other.coordinator.actor, networkId: other.network.id, postId })
			).rejects.toMatchObject({ code: 'not_found' });
		}
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a member whose request is pending', 'membership_pending'],
		['a member of another network', 'not_member']
	])('asks %s to log in or join, whether the post exists or not', async (who, code) => {
		const { network, post } = await withPost();
		const other = await createNetworkWithPeople();
		const actor =
			who === 'anonymous'
				? null
				: who === 'a member of another network'
					? other.member.actor
					: await actorOf((await createMember(network.id, { status: 'pending' })).id);
		for (const postId of [post.id, crypto.randomUUID()]) {
			await expect(getPost({ actor, networkId: network.id, postId })).rejects.toMatchObject({ code });
		}
	});

	it('shows a live public post to visitors without the author’s name, and not once it has expired', async () => {
		const { network, post } = await withPost({ visibility: 'public' });
		const seen = await getPost({ actor: null, networkId: network.id, postId: post.id });
		expect(seen).toMatchObject({
			title: 'Réparer mon vélo',
			authorName: null,
			authorAccountId: null,
			canManage: false
		});
		expect(JSON.stringify(seen)).not.toContain(post.authorAccountId);
		advanceClock(31 * DAY);
		await expect(getPost({ actor: null, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
	});
});
