import { describe, expect, it } from 'vitest';
import { tipContent, tipWorld } from '../../../../tests/tip-world.ts';
import { advanceClock } from '../clock.ts';
import { createTip } from './create-tip.ts';
import { setTipHidden } from './hide-tip.ts';
import { searchTips } from './search-tips.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('searchTips', () => {
	it('finds live tips by title or text, without accents or capitals, best first', async () => {
		const w = await tipWorld();
		const workshops = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		const grocery = await createTip({
			actor: w.samira.actor,
			networkId: w.networkId,
			...tipContent({
				title: 'Épicerie solidaire',
				body: 'Des légumes à petit prix, et un atelier numérique pour faire son dossier.',
				theme: 'food',
				link: null
			})
		});
		const search = (query: string) =>
			searchTips({ actor: w.samira.actor, networkId: w.networkId, query, limit: 5 }).then((r) => r.map((t) => t.id));

		expect(await search('MEDIATHEQUE')).toEqual([workshops.id]);
		expect(await search('epicerie')).toEqual([grocery.id]);
		expect(await search('legumes prix')).toEqual([grocery.id]);
		// In the title of one and the text of the other: the title ranks first.
		expect(await search('numerique')).toEqual([workshops.id, grocery.id]);
		expect(await search('   ')).toEqual([]);
		expect(await search('piscine')).toEqual([]);
		const [card] = await searchTips({ actor: w.samira.actor, networkId: w.networkId, query: 'médiathèque' });
		expect(card).toEqual({
			id: workshops.id,
			title: 'Ateliers numériques gratuits à la médiathèque',
			theme: 'digital',
			place: 'Médiathèque Pablo Neruda',
			expiresAt: workshops.expiresAt
		});
	});

	it('leaves out expired and hidden tips and other networks’ tips, and is for members only', async () => {
		const w = await tipWorld();
		const other = await tipWorld();
		const hidden = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		await setTipHidden({ actor: w.coordinator.actor, networkId: w.networkId, tipId: hidden.id, hidden: true });
		await createTip({ actor: other.karim.actor, networkId: other.networkId, ...tipContent() });
		const expiring = await createTip({
			actor: w.karim.actor,
			networkId: w.networkId,
			...tipContent({ title: 'Ateliers de la médiathèque en décembre' })
		});
		const search = () => searchTips({ actor: w.samira.actor, networkId: w.networkId, query: 'mediatheque' });
		expect((await search()).map((t) => t.id)).toEqual([expiring.id]);
		advanceClock(61 * DAY);
		expect(await search()).toEqual([]);
		await expect(searchTips({ actor: null, networkId: w.networkId, query: 'mediatheque' })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			searchTips({ actor: other.samira.actor, networkId: w.networkId, query: 'mediatheque' })
		).rejects.toMatchObject({ code: 'not_member' });
	});
});
