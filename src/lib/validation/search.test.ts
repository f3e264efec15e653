import { describe, expect, it } from 'vitest';
import { handleQuery } from '../server/web/query.ts';
import { searchHref, searchParams } from './search.ts';

const read = (query: string) => handleQuery({ url: new URL(`http://localhost/recherche${query}`) }, searchParams);

describe('search page address', () => {
	it('reads the query and the filters', () => {
		const theme = '0b7c6a38-7d1c-4a39-9a51-4b5ba0c3a1d2';
		expect(read(`?q=velo&type=offre&theme=${theme}&format=remote&quartier=Le%20Parc&page=3`)).toEqual({
			q: 'velo',
			type: 'offre',
			theme,
			format: 'remote',
			quartier: 'Le Parc',
			page: 3
		});
	});

	it('drops filters that make no sense instead of failing, and cuts a long query', () => {
		expect(read('?type=tout&theme=1%20or%201=1&format=pigeon&quartier=%00x&page=-2')).toEqual({ q: '', page: 1 });
		expect(read('?page=abc&page=2&type=&theme=')).toEqual({ q: '', page: 1 });
		expect(read(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
		expect(read('?page=9999').page).toBe(1);
	});

	it('builds shareable links without empty parameters', () => {
		expect(searchHref({ q: 'vélo', page: 1, type: undefined })).toBe('/recherche?q=v%C3%A9lo');
		expect(searchHref({ q: 'vélo', type: 'demande', page: 2 })).toBe('/recherche?q=v%C3%A9lo&type=demande&page=2');
		expect(searchHref({})).toBe('/recherche');
	});
});
