// Where a person goes after logging in or changing the language: only a path of this site, never a header that
// breaks the response (a `suite` posted twice arrives joined by a line break).
import { describe, expect, it } from 'vitest';
import { nextPath } from './guard.ts';

const from = (suite: string) => nextPath(new URL(`https://entrelien.example/langue?${new URLSearchParams({ suite })}`));

describe('nextPath', () => {
	it('keeps a path of this site, with its query', () => {
		expect(from('/annonces?type=offre&page=2')).toBe('/annonces?type=offre&page=2');
		expect(from('/recherche?q=v%C3%A9lo')).toBe('/recherche?q=v%C3%A9lo');
	});

	it.each([
		['another site', 'https://ailleurs.example/'],
		['a protocol-relative address', '//ailleurs.example/'],
		['a backslash trick', '/\\ailleurs.example/'],
		['two paths joined by a line break', '/annonces\n/membres'],
		['a NUL', '/annonces\u0000'],
		['a carriage return and a header', '/a\r\nSet-Cookie: x=1'],
		['a space', '/mes annonces'],
		['unencoded accents', '/recherche?q=vélo'],
		['nothing', '']
	])('goes home instead of following %s', (_case, suite) => {
		expect(from(suite)).toBe('/');
	});
});
