// Opening a post to change or prolong it (moved out of /annonces/<id>/modifier and /prolonger, issue 12): its
// author and the network's coordinators only; a closed post cannot be changed.
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { getManagedPost } from './get-managed-post.ts';

describe('getManagedPost', () => {
	it('opens the post for its author and a coordinator', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const post = await createPost(network.id, member.id);
		for (const actor of [member.actor, coordinator.actor]) {
			const found = await getManagedPost({ actor, networkId: network.id, postId: post.id, purpose: 'edit' });
			expect(found.id).toBe(post.id);
		}
	});

	it('asks a visitor to log in even for a public post, and refuses another member and another network', async () => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const post = await createPost(network.id, member.id, { visibility: 'public' });
		const someone = (await createNetworkWithPeople()).member;
		for (const [actor, networkId, code] of [
			[null, network.id, 'not_logged_in'],
			[other.coordinator.actor, network.id, 'not_member'],
			[other.coordinator.actor, other.network.id, 'not_found'],
			[someone.actor, network.id, 'not_member']
		] as const) {
			await expect(getManagedPost({ actor, networkId, postId: post.id, purpose: 'renew' })).rejects.toMatchObject({
				code
			});
		}
	});

	it('refuses another member of the network, and the edit form of a closed post (prolonging still opens)', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const mine = await createPost(network.id, coordinator.id);
		await expect(
			getManagedPost({ actor: member.actor, networkId: network.id, postId: mine.id, purpose: 'edit' })
		).rejects.toMatchObject({ code: 'forbidden' });
		const closed = await createPost(network.id, member.id, { status: 'closed', closedAt: new Date() });
		await expect(
			getManagedPost({ actor: member.actor, networkId: network.id, postId: closed.id, purpose: 'edit' })
		).rejects.toMatchObject({ code: 'post_not_open' });
		const renewing = await getManagedPost({
			actor: member.actor,
			networkId: network.id,
			postId: closed.id,
			purpose: 'renew'
		});
		expect(renewing.status).toBe('closed');
	});
});
