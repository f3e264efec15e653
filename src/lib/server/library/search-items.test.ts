// searchItems (decision 030): items by name or category, without case or accents, plurals finding the singular,
// only the network's items and only those the reader may see, with their state.
import { describe, expect, it } from 'vitest';
import { libraryWorld } from '../../../../tests/library-world.ts';
import { resourceContent } from '../../../../tests/space-world.ts';
import { addResource } from '../space/add-resource.ts';
import { lendItem } from './lend-item.ts';
import { searchItems } from './search-items.ts';

describe('searchItems', () => {
	it('finds items by name or category, French-insensitive, with their state', async () => {
		const world = await libraryWorld({}, 1);
		const add = (name: string, category: string, audience: 'members' | 'coordinators' = 'members') =>
			addResource({ ...world.desk, ...resourceContent(world.venue.id, { kind: 'item', name, category, audience }) });
		await add('Machine à coudre', 'Couture');
		await add('Vidéoprojecteur', 'Multimédia');
		await add('Perceuse à percussion', 'Bricolage');
		await add('Scie sauteuse', 'Bricolage', 'coordinators');
		const other = await libraryWorld({ name: 'Perceuse de l’autre réseau' }, 0);
		await lendItem({ ...world.desk, resourceId: world.item.id, accountId: world.people[0].id });
		const reader = { actor: world.member.actor, networkId: world.networkId };
		const names = async (query: string) => (await searchItems({ ...reader, query, limit: 10 })).map((c) => c.name);

		expect(await names('PERCEUSES')).toEqual(['Perceuse', 'Perceuse à percussion']);
		expect(await names('video')).toEqual(['Vidéoprojecteur']);
		expect(await names('couture')).toEqual(['Machine à coudre']);
		expect(await names('machine coudre')).toEqual(['Machine à coudre']);
		expect(await names('bricolage')).toEqual(['Perceuse', 'Perceuse à percussion']);
		expect(await names('scie')).toEqual([]);
		expect(await names('   ')).toEqual([]);
		expect(await names('%')).toEqual([]);
		expect(await searchItems({ ...world.desk, query: 'scie' })).toHaveLength(1);
		expect(await searchItems({ ...reader, query: 'perceuse', limit: 1 })).toHaveLength(1);
		const [lent] = await searchItems({ ...reader, query: 'perceuse' });
		expect(lent).toMatchObject({ state: 'lent', link: `/espace/objets/${world.item.id}` });
		expect(lent.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect((await searchItems({ ...reader, query: 'réseau' })).map((c) => c.id)).not.toContain(other.item.id);
		await expect(searchItems({ actor: null, networkId: world.networkId, query: 'perceuse' })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
	});
});
