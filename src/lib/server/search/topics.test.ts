// Searching a theme's or a skill's name finds the open posts filed under it, even when their text never says
// the word (issue 11, item 14; decision 014, « Themes and skills find their posts »).
import { describe, expect, it } from 'vitest';
import {
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import type { Part } from './highlight.ts';
import { search, type MemberHit, type PostHit, type SearchResult } from './search.ts';

const DAY = 24 * 60 * 60 * 1000;
const text = (parts: Part[]) => parts.map((p) => p.text).join('');

function hitsOf(result: SearchResult) {
	if (result.status !== 'done') throw new Error('expected results');
	return result.hits;
}
const postTitles = (result: SearchResult) =>
	hitsOf(result)
		.filter((h): h is PostHit => h.type === 'post')
		.map((h) => text(h.title));
const memberIds = (result: SearchResult) =>
	hitsOf(result)
		.filter((h): h is MemberHit => h.type === 'member')
		.map((h) => h.accountId);

async function world() {
	const people = await createNetworkWithPeople();
	const { network, member } = people;
	const run = (query: string, filters = {}, page = 1) =>
		search({ actor: member.actor, networkId: network.id, query, filters, page });
	/** A post by the member, created `ageDays` ago (older posts come later among equals). */
	const post = (title: string, fields: Parameters<typeof createPost>[2] = {}, ageDays = 0) =>
		createPost(network.id, member.id, { title, createdAt: new Date(now().getTime() - ageDays * DAY), ...fields });
	return { ...people, run, post };
}

describe('search: a theme’s name finds its posts', () => {
	it('« couture » finds the posts filed under « Couture » whose text never says it, not those of other themes', async () => {
		const { network, run, post } = await world();
		await post('Raccourcir un pantalon', { themeName: 'Couture', description: 'Il est trop long de 5 cm.' }, 1);
		await post('Machine à coudre à prêter', { themeName: 'Couture', kind: 'offer' }, 2);
		await post('Tailler mes rosiers', { themeName: 'Jardinage' });
		await post('Réparer mon vélo', { themeName: 'Mobilité & vélo' });
		// Never found: closed, expired, or in another network.
		await post('Ourlet de rideaux', { themeName: 'Couture', status: 'closed', closedAt: now() });
		await post('Coudre un bouton', { themeName: 'Couture', expiresAt: new Date(now().getTime() + DAY) });
		const elsewhere = await createNetworkWithPeople();
		await createPost(elsewhere.network.id, elsewhere.member.id, { title: 'Repriser', themeName: 'Couture' });
		advanceClock(2 * DAY);

		for (const query of ['couture', 'Couture', 'COUTURE', 'la couture']) {
			expect(postTitles(await run(query))).toEqual(['Raccourcir un pantalon', 'Machine à coudre à prêter']);
		}
		expect(postTitles(await run('jardinage'))).toEqual(['Tailler mes rosiers']);
		// Filters still apply to what a theme finds.
		expect(postTitles(await run('couture', { kind: 'offer' }))).toEqual(['Machine à coudre à prêter']);
		expect(postTitles(await run('couture', { format: 'remote' }))).toEqual([]);
		// Another member's post of the theme is found too, first as the freshest.
		const other = await createMember(network.id);
		await createPost(network.id, other.id, { title: 'Un patron de jupe', themeName: 'Couture' });
		expect(postTitles(await run('couture'))).toEqual([
			'Un patron de jupe',
			'Raccourcir un pantalon',
			'Machine à coudre à prêter'
		]);
	});

	it('ranks a post that says the word before one filed under the theme only; equals by freshness', async () => {
		const { run, post } = await world();
		await post('Retoucher une robe', { themeName: 'Couture' }, 3);
		await post('Cours de couture pour débutants', { themeName: 'Autre', kind: 'offer' }, 5);
		await post('Agrandir une veste', { themeName: 'Couture' }, 1);
		await post('Tricot du jeudi', { themeName: 'Couture', description: 'On parle couture et tricot.' }, 4);
		const result = await run('couture');
		expect(result).toMatchObject({ status: 'done', mode: 'all' });
		expect(postTitles(result)).toEqual([
			'Cours de couture pour débutants',
			'Tricot du jeudi',
			'Agrandir une veste',
			'Retoucher une robe'
		]);
	});

	it('pages through more posts of a theme than a page holds, each once', async () => {
		const { run, post } = await world();
		for (let i = 0; i < 23; i++) await post(`Annonce ${String(i).padStart(2, '0')}`, { themeName: 'Couture' }, i);
		await post('Tailler mes rosiers', { themeName: 'Jardinage' });
		const first = await run('couture');
		const second = await run('couture', {}, 2);
		expect(first).toMatchObject({ hasNext: true });
		expect(second).toMatchObject({ hasNext: false, page: 2 });
		const titles = [...postTitles(first), ...postTitles(second)];
		expect(titles).toEqual(Array.from({ length: 23 }, (_, i) => `Annonce ${String(i).padStart(2, '0')}`));
	});
});

describe('search: a skill’s name finds its posts', () => {
	it('« retouches » finds the posts naming the skill « Retouches », whatever their theme', async () => {
		const { network, member, run, post } = await world();
		const retouches = await createSkill(network.id, 'Retouches', 'Couture');
		const vélo = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
		await post('Ajuster ma veste de costume', { themeName: 'Autre', skillIds: [retouches.id] }, 1);
		await post('Un pantalon trop long', { themeName: 'Couture', skillIds: [retouches.id, vélo.id] }, 2);
		await post('Crevaison', { themeName: 'Autre', skillIds: [vélo.id] });
		await post('Apprendre à tricoter', { themeName: 'Autre' });
		await addMemberSkill(network.id, member.id, retouches.id, 'share');

		const result = await run('retouches');
		expect(postTitles(result)).toEqual(['Ajuster ma veste de costume', 'Un pantalon trop long']);
		expect(memberIds(result)).toEqual([member.id]);
		expect(postTitles(await run('réparation vélo'))).toEqual(['Crevaison', 'Un pantalon trop long']);
	});
});

describe('search: posts that say the word come before those only tagged with it', () => {
	it('shows a tagged post after every post saying the word, on the next page if need be', async () => {
		const { network, run, post } = await world();
		const english = await createSkill(network.id, 'Anglais', 'Langues');
		for (let i = 1; i <= 21; i++) await post(`Anglais ${String(i).padStart(2, '0')}`, { themeName: 'Autre' }, i);
		await post('Préparer un entretien', { themeName: 'Emploi & démarches', skillIds: [english.id] });
		const first = await run('anglais');
		expect(postTitles(first)).toEqual(
			Array.from({ length: 20 }, (_, i) => `Anglais ${String(i + 1).padStart(2, '0')}`)
		);
		expect(first).toMatchObject({ hasNext: true });
		expect(postTitles(await run('anglais', {}, 2))).toEqual(['Anglais 21', 'Préparer un entretien']);
	});
});
