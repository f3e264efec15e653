import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createMember,
	createNetworkWithPeople,
	createPost as givenPost
} from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { posts } from '../db/schema/index.ts';
import { closePost } from './close-post.ts';

const row = async (id: string) => (await db().select().from(posts).where(eq(posts.id, id)))[0];

describe('closePost', () => {
	it.each(['fulfilled', 'closed'] as const)('lets the author mark their post %s, once', async (outcome) => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id);
		await closePost({ actor: member.actor, networkId: network.id, postId: post.id, outcome });
		const saved = await row(post.id);
		expect(saved).toMatchObject({ status: outcome, updatedByAccountId: member.id });
		expect(saved.closedAt).toBeInstanceOf(Date);

		await expect(
			closePost({ actor: member.actor, networkId: network.id, postId: post.id, outcome: 'closed' })
		).rejects.toMatchObject({ code: 'post_not_open' });
		expect(await row(post.id)).toEqual(saved);
	});

	it('lets a coordinator close a member’s post', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id);
		await closePost({ actor: coordinator.actor, networkId: network.id, postId: post.id, outcome: 'closed' });
		expect(await row(post.id)).toMatchObject({ status: 'closed', updatedByAccountId: coordinator.id });
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member closing someone else’s post', 'forbidden'],
		['a member of another network', 'not_member'],
		['another network’s coordinator, from their own network', 'not_found']
	])('is refused to %s, and the post stays open', async (who, code) => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id);
		const [actor, networkId] =
			who === 'anonymous'
				? [null, network.id]
				: who.startsWith('a plain member')
					? [await actorOf((await createMember(network.id)).id), network.id]
					: who.startsWith('a member of another')
						? [other.member.actor, network.id]
						: [other.coordinator.actor, other.network.id];
		await expect(closePost({ actor, networkId, postId: post.id, outcome: 'fulfilled' })).rejects.toMatchObject({
			code
		});
		expect(await row(post.id)).toEqual(post);
	});
});
