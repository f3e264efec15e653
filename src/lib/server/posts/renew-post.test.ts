import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createMember,
	createNetworkWithPeople,
	createPost as givenPost
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { posts } from '../db/schema/index.ts';
import { renewPost } from './renew-post.ts';

const DAY = 24 * 60 * 60 * 1000;
const row = async (id: string) => (await db().select().from(posts).where(eq(posts.id, id)))[0];

describe('renewPost', () => {
	it('prolongs a request a week before its expiry by 30 days from that expiry, and allows a new notice', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id, { kind: 'request' });
		advanceClock(24 * DAY);
		await db().update(posts).set({ expiryNoticeSentAt: now() }).where(eq(posts.id, post.id));

		const result = await renewPost({ actor: member.actor, networkId: network.id, postId: post.id });
		const expected = new Date(post.expiresAt.getTime() + 30 * DAY);
		expect(result).toEqual({ renewed: true, expiresAt: expected });
		expect(await row(post.id)).toMatchObject({
			expiresAt: expected,
			expiryNoticeSentAt: null,
			updatedByAccountId: member.id
		});
	});

	it('prolongs an expired offer by 90 days from now', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id, { kind: 'offer' });
		advanceClock(100 * DAY);
		const result = await renewPost({ actor: member.actor, networkId: network.id, postId: post.id });
		expect(result.renewed).toBe(true);
		expect(Math.abs(result.expiresAt.getTime() - (now().getTime() + 90 * DAY))).toBeLessThan(5_000);
		expect((await row(post.id)).expiresAt).toEqual(result.expiresAt);
	});

	it('changes nothing when clicked again (or long before the expiry): the post is already prolonged', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id);
		const early = await renewPost({ actor: member.actor, networkId: network.id, postId: post.id });
		expect(early).toEqual({ renewed: false, expiresAt: post.expiresAt });
		expect(await row(post.id)).toEqual(post);

		advanceClock(40 * DAY);
		const first = await renewPost({ actor: member.actor, networkId: network.id, postId: post.id });
		const second = await renewPost({ actor: member.actor, networkId: network.id, postId: post.id });
		expect(first.renewed).toBe(true);
		expect(second).toEqual({ renewed: false, expiresAt: first.expiresAt });
	});

	it('lets a coordinator prolong a member’s post', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id);
		advanceClock(31 * DAY);
		expect((await renewPost({ actor: coordinator.actor, networkId: network.id, postId: post.id })).renewed).toBe(true);
		expect((await row(post.id)).updatedByAccountId).toBe(coordinator.id);
	});

	it('refuses to prolong a fulfilled or closed post', async () => {
		const { network, member } = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id, { status: 'fulfilled', closedAt: now() });
		advanceClock(31 * DAY);
		await expect(renewPost({ actor: member.actor, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'post_not_open'
		});
		expect(await row(post.id)).toEqual(post);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member prolonging someone else’s post', 'forbidden'],
		['a member of another network', 'not_member'],
		['another network’s coordinator, from their own network', 'not_found']
	])('is refused to %s, and the post is unchanged', async (who, code) => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const post = await givenPost(network.id, member.id);
		advanceClock(31 * DAY);
		const [actor, networkId] =
			who === 'anonymous'
				? [null, network.id]
				: who.startsWith('a plain member')
					? [await actorOf((await createMember(network.id)).id), network.id]
					: who.startsWith('a member of another')
						? [other.member.actor, network.id]
						: [other.coordinator.actor, other.network.id];
		await expect(renewPost({ actor, networkId, postId: post.id })).rejects.toMatchObject({ code });
		expect(await row(post.id)).toEqual(post);
	});
});
