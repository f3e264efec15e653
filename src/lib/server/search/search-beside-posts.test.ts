// The search box also finds « bons plans » and items to borrow, beside the posts: on an unfiltered first page only.
import { describe, expect, it } from 'vitest';
import { libraryWorld } from '../../../../tests/library-world.ts';
import { resourceContent } from '../../../../tests/space-world.ts';
import { tipContent } from '../../../../tests/tip-world.ts';
import { addResource } from '../space/add-resource.ts';
import { createTip } from '../tips/create-tip.ts';
import { BESIDE_POSTS, searchBesidePosts } from './search-beside-posts.ts';

describe('searchBesidePosts', () => {
	it('finds the tips and items whose words match, at most a few of each, never another network’s', async () => {
		const world = await libraryWorld({ name: 'Ordinateur portable', category: 'Numérique' });
		const desk = world.desk;
		const share = (title: string) => createTip({ ...desk, ...tipContent({ title, body: 'Pour tout le quartier.' }) });
		await share('Ateliers numériques gratuits à la médiathèque');
		await share('Réparer son ordinateur au repair café');
		await share('Concerts gratuits au parc');
		await addResource({
			...desk,
			...resourceContent(world.venue.id, { kind: 'item', name: 'Perceuse', category: 'Bricolage' })
		});
		const other = await libraryWorld({ name: 'Ordinateur de l’autre réseau', category: 'Numérique' });
		await createTip({ ...other.desk, ...tipContent({ title: 'Ordinateur à donner, autre réseau' }) });
		const reader = { actor: world.member.actor, networkId: world.networkId, narrowed: false };

		const computer = await searchBesidePosts({ ...reader, query: 'ordinateur' });
		expect(computer.tips.map((t) => t.title)).toEqual(['Réparer son ordinateur au repair café']);
		expect(computer.items.map((i) => i.name)).toEqual(['Ordinateur portable']);

		const digital = await searchBesidePosts({ ...reader, query: 'NUMERIQUE' });
		expect(digital.tips.map((t) => t.title)).toEqual(['Ateliers numériques gratuits à la médiathèque']);
		expect(digital.items.map((i) => i.name)).toEqual(['Ordinateur portable']);

		const free = await searchBesidePosts({ ...reader, query: 'gratuits' });
		expect(free.tips.map((t) => t.title).sort()).toEqual([
			'Ateliers numériques gratuits à la médiathèque',
			'Concerts gratuits au parc'
		]);
		expect(free.items).toEqual([]);
	});

	it('shows at most a few of each, and nothing for a filtered search, a later page or an empty query', async () => {
		const world = await libraryWorld({ name: 'Perceuse 1', category: 'Bricolage' });
		for (let i = 2; i <= BESIDE_POSTS + 2; i++) {
			await addResource({
				...world.desk,
				...resourceContent(world.venue.id, { kind: 'item', name: `Perceuse ${i}`, category: 'Bricolage' })
			});
			await createTip({ ...world.desk, ...tipContent({ title: `Perceuse prêtée au jardin ${i}` }) });
		}
		const reader = { actor: world.member.actor, networkId: world.networkId };

		const found = await searchBesidePosts({ ...reader, query: 'perceuse', narrowed: false });
		expect(found.tips).toHaveLength(BESIDE_POSTS);
		expect(found.items).toHaveLength(BESIDE_POSTS);
		expect(await searchBesidePosts({ ...reader, query: 'perceuse', narrowed: true })).toEqual({ tips: [], items: [] });
		expect(await searchBesidePosts({ ...reader, query: '  ', narrowed: false })).toEqual({ tips: [], items: [] });
	});

	it('refuses anonymous people and members of another network', async () => {
		const world = await libraryWorld();
		const other = await libraryWorld();
		await expect(
			searchBesidePosts({ actor: null, networkId: world.networkId, query: 'perceuse', narrowed: false })
		).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(
			searchBesidePosts({ actor: other.member.actor, networkId: world.networkId, query: 'perceuse', narrowed: false })
		).rejects.toMatchObject({ code: 'not_member' });
	});
});
