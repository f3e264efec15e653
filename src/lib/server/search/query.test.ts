import { describe, expect, it } from 'vitest';
import { splitMarked } from './highlight.ts';
import { parseQuery, toTsQuery } from './query.ts';

describe('parseQuery and toTsQuery', () => {
	it('keeps words only, so no query syntax ever reaches PostgreSQL', () => {
		const terms = parseQuery('J\'ai besoin d\'aide : réparer (les) vélos & co | !pneu:* <-> "chaîne"');
		expect(terms?.words).toEqual(['ai', 'besoin', 'aide', 'réparer', 'vélos', 'co', 'pneu', 'chaîne']);
		expect(toTsQuery(parseQuery('réparer les vélos')!, 'all')).toBe("'réparer':* & ('vélos':* | 'vélo':*)");
		expect(toTsQuery(parseQuery('cuisine vélo')!, 'any')).toBe("'cuisine':* | 'vélo':*");
	});

	it('keeps grammatical words when they are all there is, and nothing for punctuation', () => {
		expect(parseQuery('les')?.words).toEqual(['les']);
		expect(parseQuery('  ')).toBeNull();
		expect(parseQuery('?!;… « »')).toBeNull();
	});

	it('caps the length and the number of words', () => {
		expect(parseQuery('mot '.repeat(500))?.words).toEqual(['mot']);
		const many = parseQuery(Array.from({ length: 20 }, (_, i) => `mot${i}`).join(' '));
		expect(many?.words).toHaveLength(8);
		expect(parseQuery('a'.repeat(300))?.words[0]).toHaveLength(30);
	});
});

describe('highlight parts', () => {
	it('splits marked text into parts', () => {
		expect(splitMarked('Réparer mon \u0001vélo\u0002 !')).toEqual([
			{ text: 'Réparer mon ', match: false },
			{ text: 'vélo', match: true },
			{ text: ' !', match: false }
		]);
		expect(splitMarked('')).toEqual([]);
	});
});
