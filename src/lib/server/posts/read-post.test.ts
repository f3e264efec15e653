import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { memberships } from '../db/schema/index.ts';
import { forgetVisitorNetwork, requestContext } from '../web/current-network.ts';
import { readPost } from './read-post.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Two networks of one instance, each with a public offer and a members-only request. */
async function twoNetworks() {
	const a = await createNetworkWithPeople({ name: 'Réseau des savoirs du Petit-Nanterre', town: 'Nanterre' });
	const b = await createNetworkWithPeople({ name: 'Entraide des Fontenelles', town: 'Nanterre' });
	const posts = async (people: typeof a) => ({
		public: await createPost(people.network.id, people.member.id, {
			kind: 'offer',
			title: 'Je montre comment cuisiner des mezzés',
			visibility: 'public'
		}),
		members: await createPost(people.network.id, people.member.id, { title: 'Qui peut réparer mon vélo ?' })
	});
	return { a: { ...a, posts: await posts(a) }, b: { ...b, posts: await posts(b) } };
}

const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => 'shown',
		(e: { code?: string }) => e.code
	);

describe('readPost (the page /annonces/<id>)', () => {
	beforeEach(() => forgetVisitorNetwork());

	it('opens a public post for a visitor of an instance with several networks, without the author', async () => {
		const { a } = await twoNetworks();
		// Several networks: a visitor has no current network at all.
		expect((await requestContext(undefined)).network).toBeNull();
		const seen = await readPost({ actor: null, networkId: null, postId: a.posts.public.id });
		expect(seen).toMatchObject({
			id: a.posts.public.id,
			title: 'Je montre comment cuisiner des mezzés',
			authorName: null,
			authorAccountId: null,
			canManage: false,
			state: 'open',
			network: { name: a.network.name, town: 'Nanterre' }
		});
	});

	it('asks a visitor to log in for a members-only, expired or unknown post: nothing tells them apart', async () => {
		const { a } = await twoNetworks();
		const visitor = (postId: string) => refusal(readPost({ actor: null, networkId: null, postId }));
		expect(await visitor(a.posts.members.id)).toBe('not_logged_in');
		expect(await visitor(crypto.randomUUID())).toBe('not_logged_in');
		expect(await visitor('../../etc/passwd')).toBe('not_logged_in');
		advanceClock(91 * DAY);
		expect(await visitor(a.posts.public.id)).toBe('not_logged_in');
	});

	it('shows a member of another network the public version only, and not_found for a members-only post', async () => {
		const { a, b } = await twoNetworks();
		for (const actor of [b.member.actor, b.coordinator.actor]) {
			const seen = await readPost({ actor, networkId: b.network.id, postId: a.posts.public.id });
			expect(seen).toMatchObject({ authorName: null, canManage: false, network: { name: a.network.name } });
			expect(await refusal(readPost({ actor, networkId: b.network.id, postId: a.posts.members.id }))).toBe('not_found');
		}
	});

	it('shows the network’s own members the whole post, in their network', async () => {
		const { a } = await twoNetworks();
		for (const post of [a.posts.public, a.posts.members]) {
			const seen = await readPost({ actor: a.coordinator.actor, networkId: a.network.id, postId: post.id });
			expect(seen).toMatchObject({ id: post.id, authorName: a.member.name, canManage: true, network: null });
		}
	});

	it('sends a pending member to wait for a members-only post, and shows them a public one', async () => {
		const { a } = await twoNetworks();
		const pending = await createMember(a.network.id, { status: 'pending' });
		const actor = await actorOf(pending.id);
		expect(await refusal(readPost({ actor, networkId: a.network.id, postId: a.posts.members.id }))).toBe(
			'membership_pending'
		);
		expect(await readPost({ actor, networkId: a.network.id, postId: a.posts.public.id })).toMatchObject({
			authorName: null
		});
	});

	it('treats a refused person like a non-member', async () => {
		const { a } = await twoNetworks();
		const refused = await createMember(a.network.id);
		await db().update(memberships).set({ status: 'refused' }).where(eq(memberships.accountId, refused.id));
		const actor = await actorOf(refused.id);
		expect(await refusal(readPost({ actor, networkId: null, postId: a.posts.members.id }))).toBe('not_member');
		expect((await readPost({ actor, networkId: null, postId: a.posts.public.id })).authorName).toBeNull();
	});
});
