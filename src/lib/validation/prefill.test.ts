// Forms opened from the unmet-needs page: the address fills the first values, and nonsense is dropped, never refused.
import { describe, expect, it } from 'vitest';
import { MAX_LENGTH } from '../limits.ts';
import { eventPrefill, groupPrefill } from './prefill.ts';

const THEME = '0b7f2c2e-8d0a-4f7e-9a51-3c5b6f1d2e4a';

describe('groupPrefill and eventPrefill', () => {
	it('reads the name, theme and title given by the link', () => {
		expect(groupPrefill.parse({ nom: '  Couture ', theme: THEME })).toEqual({ name: 'Couture', themeId: THEME });
		expect(eventPrefill.parse({ titre: 'Atelier couture' })).toEqual({ title: 'Atelier couture' });
	});

	it('drops what makes no sense instead of refusing the page', () => {
		expect(groupPrefill.parse({})).toEqual({ name: '', themeId: '' });
		expect(groupPrefill.parse({ nom: '<script>', theme: 'pas-un-id' })).toEqual({ name: '', themeId: '' });
		expect(eventPrefill.parse({ titre: 'Ligne\u0000cachée' })).toEqual({ title: '' });
		expect(eventPrefill.parse({ titre: 'x'.repeat(500) }).title).toHaveLength(MAX_LENGTH.eventTitle);
		expect(groupPrefill.parse({ nom: 'y'.repeat(500) }).name).toHaveLength(MAX_LENGTH.groupName);
	});
});
