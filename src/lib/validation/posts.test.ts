import { describe, expect, it } from 'vitest';
import { handleQuery } from '../server/web/query.ts';
import { postInput, postListQuery } from './posts.ts';

describe('postInput', () => {
	const form = {
		kind: 'offer',
		title: '  Cours de danse orientale  ',
		description: 'Le mercredi soir, débutantes bienvenues.',
		themeId: '0b6f1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21',
		skillIds:
			'1c1a1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21\n1c1a1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21\n2d1a1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21',
		format: 'small_group',
		placeKind: 'venue',
		place: 'Salle de la Maison des Provinces',
		whenKind: 'recurring',
		startsAt: '2026-12-05T14:30',
		whenNote: 'le mercredi à 19 h'
	};

	it('trims the texts, splits and dedupes the ticked skills, and drops the date of a post that is not one-time', () => {
		const parsed = postInput.parse(form);
		expect(parsed).toMatchObject({
			title: 'Cours de danse orientale',
			skillIds: ['1c1a1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21', '2d1a1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21'],
			startsAt: null
		});
		expect(parsed.visibility).toBeUndefined();
	});

	it('keeps the date of a one-time post as an instant, and accepts no skill at all', () => {
		const { skillIds: _, ...withoutSkills } = form;
		const parsed = postInput.parse({ ...withoutSkills, whenKind: 'once' });
		expect(parsed.startsAt?.toISOString()).toBe('2026-12-05T13:30:00.000Z');
		expect(parsed.skillIds).toEqual([]);
	});
});

describe('the list query (handleQuery with postListQuery)', () => {
	it.each([
		['?type=offre&page=2', { type: 'offer', page: 2 }],
		['?type=demande', { type: 'request', page: 1 }],
		['?type=cadeau&page=-3&theme=vélo', { type: undefined, theme: undefined, page: 1 }],
		['?page=abc&theme=0b6f1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21', { theme: '0b6f1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21', page: 1 }]
	])('reads %s, falling back on no filter for bad values', (query, expected) => {
		expect(handleQuery({ url: new URL(`http://127.0.0.1/annonces${query}`) }, postListQuery)).toMatchObject(expected);
	});
});
