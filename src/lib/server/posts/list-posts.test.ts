import { describe, expect, it } from 'vitest';
import {
	actorOf,
	createMember,
	createNetworkWithPeople,
	createPost as givenPost,
	themeOf
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { listMyPosts } from './list-my-posts.ts';
import { listPosts } from './list-posts.ts';

const DAY = 24 * 60 * 60 * 1000;
const minutesAgo = (n: number) => new Date(now().getTime() - n * 60_000);

describe('listPosts', () => {
	it('shows the network’s live posts, newest first, 20 a page, with the total', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		for (let i = 0; i < 25; i++) {
			await givenPost(network.id, i % 2 ? member.id : coordinator.id, {
				title: `Annonce numéro ${i}`,
				createdAt: minutesAgo(100 - i)
			});
		}
		await givenPost(other.network.id, other.member.id, { title: 'Chez les voisins' });
		await givenPost(network.id, member.id, { title: 'Réalisée', status: 'fulfilled', closedAt: now() });
		await givenPost(network.id, member.id, { title: 'Fermée', status: 'closed', closedAt: now() });
		await givenPost(network.id, member.id, { title: 'Expirée', expiresAt: minutesAgo(1) });

		const first = await listPosts({ actor: member.actor, networkId: network.id });
		expect(first).toMatchObject({ total: 25, page: 1, pageSize: 20, pageCount: 2 });
		expect(first.items.map((p) => p.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Annonce numéro ${24 - i}`));
		expect(first.items[0]).toMatchObject({
			authorName: coordinator.name,
			themeName: 'Autre',
			state: 'open',
			kind: 'request'
		});

		const second = await listPosts({ actor: member.actor, networkId: network.id, page: 2 });
		expect(second.items.map((p) => p.title)).toEqual([4, 3, 2, 1, 0].map((i) => `Annonce numéro ${i}`));
		const beyond = await listPosts({ actor: member.actor, networkId: network.id, page: 7 });
		expect(beyond).toMatchObject({ items: [], total: 25, page: 7 });
	});

	it('filters by kind and by theme; a theme of another network or a malformed one finds nothing', async () => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await givenPost(network.id, member.id, { kind: 'offer', title: 'Cours de couture', themeName: 'Couture' });
		await givenPost(network.id, member.id, { kind: 'request', title: 'Ourlet de pantalon', themeName: 'Couture' });
		await givenPost(network.id, member.id, {
			kind: 'request',
			title: 'Réparer mon vélo',
			themeName: 'Mobilité & vélo'
		});
		const sewing = (await themeOf(network.id, 'Couture')).id;
		const titles = async (filter: { kind?: 'offer' | 'request'; themeId?: string }) =>
			(await listPosts({ actor: member.actor, networkId: network.id, ...filter })).items.map((p) => p.title).sort();

		expect(await titles({ kind: 'offer' })).toEqual(['Cours de couture']);
		expect(await titles({ kind: 'request' })).toEqual(['Ourlet de pantalon', 'Réparer mon vélo']);
		expect(await titles({ themeId: sewing })).toEqual(['Cours de couture', 'Ourlet de pantalon']);
		expect(await titles({ themeId: sewing, kind: 'request' })).toEqual(['Ourlet de pantalon']);
		expect(await titles({ themeId: (await themeOf(other.network.id, 'Couture')).id })).toEqual([]);
		expect(await titles({ themeId: 'couture' })).toEqual([]);
	});

	it('hides a post once it expires, while its author still sees it, marked expired, in « Mes annonces »', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		const request = await givenPost(network.id, member.id, { kind: 'request', title: 'Garde de Lina mardi' });
		await givenPost(network.id, member.id, { kind: 'offer', title: 'Cours de guitare' });
		advanceClock(30 * DAY + 60_000);

		const visible = await listPosts({ actor: coordinator.actor, networkId: network.id });
		expect(visible.items.map((p) => p.title)).toEqual(['Cours de guitare']);

		const mine = await listMyPosts({ actor: member.actor, networkId: network.id });
		expect(mine.total).toBe(2);
		expect(mine.items.find((p) => p.id === request.id)).toMatchObject({ state: 'expired', renewable: true });
		expect(mine.items.find((p) => p.title === 'Cours de guitare')).toMatchObject({ state: 'open', renewable: false });
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a member whose request is pending', 'membership_pending'],
		['a member of another network', 'not_member']
	])('is refused to %s', async (who, code) => {
		const { network } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const actor =
			who === 'anonymous'
				? null
				: who === 'a member of another network'
					? other.member.actor
					: await actorOf((await createMember(network.id, { status: 'pending' })).id);
		await expect(listPosts({ actor, networkId: network.id })).rejects.toMatchObject({ code });
		await expect(listMyPosts({ actor, networkId: network.id })).rejects.toMatchObject({ code });
	});
});

describe('listMyPosts', () => {
	it('lists all the author’s posts in this network with their state, and nobody else’s, 20 a page', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		for (let i = 0; i < 21; i++) {
			await givenPost(network.id, member.id, { title: `Mon annonce ${i}`, createdAt: minutesAgo(50 - i) });
		}
		await givenPost(network.id, member.id, { title: 'Réalisée', status: 'fulfilled', closedAt: now() });
		await givenPost(network.id, member.id, { title: 'Fermée', status: 'closed', closedAt: now() });
		await givenPost(network.id, coordinator.id, { title: 'Pas à moi' });
		await givenPost(other.network.id, other.member.id, { title: 'Ailleurs' });

		const first = await listMyPosts({ actor: member.actor, networkId: network.id });
		expect(first).toMatchObject({ total: 23, pageCount: 2 });
		expect(first.items.slice(0, 2).map((p) => [p.title, p.state])).toEqual(
			expect.arrayContaining([
				['Réalisée', 'fulfilled'],
				['Fermée', 'closed']
			])
		);
		const second = await listMyPosts({ actor: member.actor, networkId: network.id, page: 2 });
		expect(second.items.map((p) => p.title)).toEqual(['Mon annonce 2', 'Mon annonce 1', 'Mon annonce 0']);
		const titles = [...first.items, ...second.items].map((p) => p.title);
		expect(titles).not.toContain('Pas à moi');
		expect(titles).not.toContain('Ailleurs');
	});
});
