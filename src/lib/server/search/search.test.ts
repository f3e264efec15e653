import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill,
	themeOf
} from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { posts, profiles } from '../db/schema/index.ts';
import { eq } from 'drizzle-orm';
import type { Part } from './highlight.ts';
import { addTheme, archiveTheme, renameTheme } from '../skills/manage-themes.ts';
import { searchOptions } from './search-options.ts';
import { search, type MemberHit, type PostHit, type SearchFilters, type SearchResult } from './search.ts';

const DAY = 24 * 60 * 60 * 1000;
const text = (parts: Part[]) => parts.map((p) => p.text).join('');
const marked = (parts: Part[]) => parts.filter((p) => p.match).map((p) => p.text);

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
	const { network, member, coordinator } = people;
	const run = (query: string, filters: SearchFilters = {}, page = 1) =>
		search({ actor: member.actor, networkId: network.id, query, filters, page });
	return { ...people, network, member, coordinator, run };
}

async function memberIn(networkId: string, neighbourhood: string, status: 'active' | 'pending' | 'refused' = 'active') {
	const person = await createMember(networkId, { status });
	await db().insert(profiles).values({ networkId, accountId: person.id, neighbourhood });
	return person;
}

describe('search: French words', () => {
	it('finds posts whatever the accents, case and word forms, and typos in titles', async () => {
		const { network, member, run } = await world();
		await createPost(network.id, member.id, { title: 'Réparer mon vélo', themeName: 'Mobilité & vélo' });
		await createPost(network.id, member.id, { title: 'Qui veut me montrer comment déboucher un évier ?' });
		await createPost(network.id, member.id, { title: 'Cours de jardinage au jardin partagé', kind: 'offer' });
		await createPost(network.id, member.id, { title: 'Cours de cuisine libanaise', kind: 'offer' });

		expect(postTitles(await run('velo'))).toEqual(['Réparer mon vélo']);
		expect(postTitles(await run('VÉLOS'))).toEqual(['Réparer mon vélo']);
		expect(postTitles(await run('réparations'))).toEqual(['Réparer mon vélo']);
		expect(postTitles(await run('deboucher'))).toEqual(['Qui veut me montrer comment déboucher un évier ?']);
		expect(postTitles(await run('les vélos'))).toEqual(['Réparer mon vélo']);
		const typo = await run('jardinnage');
		expect(typo).toMatchObject({ status: 'done', mode: 'similar' });
		expect(postTitles(typo)).toEqual(['Cours de jardinage au jardin partagé']);
	});

	it('requires every word first, then accepts any of them', async () => {
		const { network, member, run } = await world();
		await createPost(network.id, member.id, { title: 'Réparer mon vélo' });
		await createPost(network.id, member.id, { title: 'Cours de cuisine libanaise' });
		await createPost(network.id, member.id, { title: 'Cuisine et vélo : pique-nique à bicyclette' });

		const both = await run('cuisine vélo');
		expect(both).toMatchObject({ mode: 'all' });
		expect(postTitles(both)).toEqual(['Cuisine et vélo : pique-nique à bicyclette']);

		const sentence = await run("J'ai besoin d'aide pour réparer mon vélo");
		expect(sentence).toMatchObject({ mode: 'any' });
		expect(postTitles(sentence)[0]).toBe('Réparer mon vélo');
	});

	it('keeps every word when only members match them all, and pages through « any word » results', async () => {
		const { network, member, run } = await world();
		// No post has both words; a member's skill does.
		await createPost(network.id, member.id, { title: 'Retouches de pantalons' });
		await createPost(network.id, member.id, { title: 'Couture pour débuter' });
		const sewing = await createSkill(network.id, 'Couture et retouches');
		const tailor = await memberIn(network.id, 'Le Parc');
		await addMemberSkill(network.id, tailor.id, sewing.id, 'share');
		const both = await run('couture retouches');
		expect(both).toMatchObject({ mode: 'all', hasNext: false });
		expect(postTitles(both)).toEqual([]);
		expect(memberIds(both)).toEqual([tailor.id]);
		// Past the last page of every word: nothing, never the looser step.
		expect(await run('couture retouches', {}, 2)).toMatchObject({ mode: 'all', hits: [], hasNext: false });

		// Any word, over two pages, each hit with its words highlighted.
		for (let i = 0; i < 21; i++) {
			await createPost(network.id, member.id, {
				title: i % 2 ? `Ourlet et retouches n° ${i}` : `Couture d'un ourlet n° ${i}`,
				createdAt: new Date(now().getTime() - (i + 1) * 60_000)
			});
		}
		const pages = [await run('ourlet tricot'), await run('ourlet tricot', {}, 2)];
		expect(pages.map((p) => p.status === 'done' && [p.mode, p.hits.length, p.hasNext])).toEqual([
			['any', 20, true],
			['any', 1, false]
		]);
		const second = hitsOf(pages[1]) as PostHit[];
		expect(text(second[0].title)).toBe("Couture d'un ourlet n° 20");
		expect(marked(second[0].title)).toEqual(['ourlet']);
	});

	it('finds words of the description too, ranked after the same word in a title', async () => {
		const { network, member, run } = await world();
		await createPost(network.id, member.id, {
			title: 'Sortie du dimanche',
			description: 'Balade à vélo le long de la Seine.',
			createdAt: now()
		});
		await createPost(network.id, member.id, {
			title: 'Prêt de vélo',
			description: 'Un vélo de ville.',
			createdAt: new Date(now().getTime() - 5 * DAY)
		});
		expect(postTitles(await run('velo'))).toEqual(['Prêt de vélo', 'Sortie du dimanche']);
	});

	it('ranks equally relevant results by freshness', async () => {
		const { network, member, run } = await world();
		for (const [title, daysAgo] of [
			['Couture : ourlet de pantalon', 10],
			['Couture : réparer une fermeture', 1],
			['Couture : coudre un bouton', 5]
		] as const) {
			await createPost(network.id, member.id, { title, createdAt: new Date(now().getTime() - daysAgo * DAY) });
		}
		expect(postTitles(await run('couture'))).toEqual([
			'Couture : réparer une fermeture',
			'Couture : coudre un bouton',
			'Couture : ourlet de pantalon'
		]);
	});
});

describe('search: what is never shown', () => {
	it('shows only open, unexpired posts of this network', async () => {
		const { network, member, coordinator, run } = await world();
		const other = await createNetworkWithPeople();
		await createPost(network.id, member.id, { title: 'Vélo à réparer (ouvert)' });
		await createPost(other.network.id, other.member.id, { title: 'Vélo à réparer (autre réseau)' });
		await createPost(network.id, member.id, {
			title: 'Vélo à réparer (expiré)',
			createdAt: new Date(now().getTime() - 40 * DAY)
		});
		await createPost(network.id, coordinator.id, {
			title: 'Vélo à réparer (fermé)',
			status: 'closed',
			closedAt: now()
		});
		await createPost(network.id, coordinator.id, {
			title: 'Vélo à réparer (pourvu)',
			status: 'fulfilled',
			closedAt: now()
		});
		expect(postTitles(await run('velo'))).toEqual(['Vélo à réparer (ouvert)']);
		expect(postTitles(await run('velos reparer'))).toEqual(['Vélo à réparer (ouvert)']);
		// Typos never reach the hidden posts either.
		expect(postTitles(await run('rreparer'))).toEqual(['Vélo à réparer (ouvert)']);

		// A post disappears when it expires (request: 30 days).
		advanceClock(31 * DAY);
		expect(await run('velo')).toMatchObject({ status: 'done', mode: 'none', hits: [] });
	});

	it('shows the skills of active members of this network only', async () => {
		const { network, run } = await world();
		const other = await createNetworkWithPeople();
		const skill = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
		const otherSkill = await createSkill(other.network.id, 'Réparation de vélo', 'Mobilité & vélo');
		const active = await memberIn(network.id, 'Le Parc');
		const pending = await memberIn(network.id, 'Le Parc', 'pending');
		const refused = await memberIn(network.id, 'Le Parc', 'refused');
		const stranger = await memberIn(other.network.id, 'Le Parc');
		for (const person of [active, pending, refused]) await addMemberSkill(network.id, person.id, skill.id, 'share');
		await addMemberSkill(other.network.id, stranger.id, otherSkill.id, 'share');

		const result = await run('velo');
		expect(memberIds(result)).toEqual([active.id]);
		const hit = hitsOf(result)[0] as MemberHit;
		expect(hit).toMatchObject({ name: active.name, neighbourhood: 'Le Parc' });
		expect(hit.skills).toHaveLength(1);
		expect(hit.skills[0]).toMatchObject({ direction: 'share', level: 'intermediate', formats: ['one_to_one'] });
		expect(marked(hit.skills[0].name)).toEqual(['vélo']);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a member of another network', 'not_member'],
		['a pending member', 'membership_pending'],
		['a refused member', 'not_member']
	])('is refused to %s', async (who, code) => {
		const { network, member } = await world();
		await createPost(network.id, member.id, { title: 'Réparer mon vélo' });
		const other = await createNetworkWithPeople();
		const status = who === 'a pending member' ? 'pending' : 'refused';
		const actor =
			who === 'anonymous'
				? null
				: who === 'a member of another network'
					? other.member.actor
					: await actorOf((await createMember(network.id, { status })).id);
		await expect(search({ actor, networkId: network.id, query: 'velo' })).rejects.toMatchObject({ code });
	});
});

describe('search: filters', () => {
	it('filters posts and members by kind, theme, format and neighbourhood', async () => {
		const { network, member, run } = await world();
		const cycling = await themeOf(network.id, 'Mobilité & vélo');
		await createPost(network.id, member.id, { title: 'Besoin : vélo crevé', kind: 'request', themeId: cycling.id });
		await createPost(network.id, member.id, {
			title: 'Atelier vélo du samedi',
			kind: 'offer',
			themeId: cycling.id,
			format: 'small_group',
			place: 'Le Parc'
		});
		await createPost(network.id, member.id, { title: 'Vélo : itinéraires en ligne', kind: 'offer', format: 'remote' });
		const skill = await createSkill(network.id, 'Réparation de vélo', 'Mobilité & vélo');
		const sharer = await memberIn(network.id, 'Le Parc');
		const learner = await memberIn(network.id, 'Les Fontenelles');
		await addMemberSkill(network.id, sharer.id, skill.id, 'share', { formats: ['small_group', 'one_to_one'] });
		await addMemberSkill(network.id, learner.id, skill.id, 'learn', { formats: ['remote'] });

		const all = await run('velo');
		expect(postTitles(all)).toHaveLength(3);
		expect(memberIds(all).sort()).toEqual([sharer.id, learner.id].sort());

		const offers = await run('velo', { kind: 'offer' });
		expect(postTitles(offers).sort()).toEqual(['Atelier vélo du samedi', 'Vélo : itinéraires en ligne']);
		expect(memberIds(offers)).toEqual([sharer.id]);
		const requests = await run('velo', { kind: 'request' });
		expect(postTitles(requests)).toEqual(['Besoin : vélo crevé']);
		expect(memberIds(requests)).toEqual([learner.id]);

		const themed = await run('velo', { themeId: cycling.id });
		expect(postTitles(themed).sort()).toEqual(['Atelier vélo du samedi', 'Besoin : vélo crevé']);
		expect(memberIds(themed)).toHaveLength(2);
		const otherTheme = await run('velo', { themeId: (await themeOf(network.id, 'Cuisine')).id });
		expect(hitsOf(otherTheme)).toEqual([]);

		const remote = await run('velo', { format: 'remote' });
		expect(postTitles(remote)).toEqual(['Vélo : itinéraires en ligne']);
		expect(memberIds(remote)).toEqual([learner.id]);

		const park = await run('velo', { neighbourhood: 'le parc' });
		expect(postTitles(park)).toEqual(['Atelier vélo du samedi']);
		expect(memberIds(park)).toEqual([sharer.id]);
	});

	it('refuses a malformed filter without searching', async () => {
		const { network, member } = await world();
		for (const filters of [{ themeId: "x' or 1=1 --" }, { kind: 'both' }, { format: 'by pigeon' }]) {
			await expect(
				search({ actor: member.actor, networkId: network.id, query: 'velo', filters: filters as SearchFilters })
			).rejects.toMatchObject({ code: 'invalid_input' });
		}
	});
});

describe('search: input that must not break it', () => {
	it('gives an empty state for an empty query', async () => {
		const { run } = await world();
		for (const query of ['', '   ', '\n\t', '?!…', "'"]) expect(await run(query)).toEqual({ status: 'empty' });
	});

	it('survives long queries and query or SQL syntax', async () => {
		const { network, member, run } = await world();
		await createPost(network.id, member.id, { title: 'Réparer mon vélo' });
		// Each finds the post by its words, operators and SQL being mere characters.
		const withVelo = [
			'vélo '.repeat(120),
			"velo'); drop table posts; --",
			'velo & | ! <-> :* ( ) \\ " \'',
			'!velo',
			'"réparer mon vélo"',
			'velo:*A',
			'\u0000velo',
			'🚲 velo 🚲'
		];
		for (const query of withVelo) {
			const result = await run(query);
			expect(result, query).toMatchObject({ status: 'done', mode: expect.stringMatching(/^(all|any)$/) });
			expect(postTitles(result), query).toEqual(['Réparer mon vélo']);
		}
		// One endless word finds nothing; no word at all is the empty state.
		expect(await run('x'.repeat(600))).toEqual({ status: 'done', mode: 'none', hits: [], page: 1, hasNext: false });
		expect(await run('%_%')).toEqual({ status: 'empty' });
	});
});

describe('search: highlight and pages', () => {
	it('marks the matched words as data, never as HTML', async () => {
		const { network, member, run } = await world();
		await createPost(network.id, member.id, {
			title: 'Réparer mon vélo <script>alert(1)</script>',
			description: 'Mon vélo a un pneu crevé et la chaîne qui saute. Merci de votre aide pour la réparation !'
		});
		await createPost(network.id, member.id, { title: 'Faux \u0001surlignage\u0002 de vélo' });
		const [first, ...others] = hitsOf(await run('réparer vélo')) as PostHit[];
		expect(others).toEqual([]);
		expect(text(first.title)).toBe('Réparer mon vélo <script>alert(1)</script>');
		expect(marked(first.title)).toEqual(['Réparer', 'vélo']);
		expect(marked(first.excerpt)).toEqual(expect.arrayContaining(['vélo', 'réparation']));
		expect(first).toMatchObject({ kind: 'request', theme: 'Autre', author: member.name, format: 'one_to_one' });

		// Marker characters inside a title cannot fake a highlight.
		const [fake] = hitsOf(await run('surlignage')) as PostHit[];
		expect(text(fake.title)).toBe('Faux surlignage de vélo');
		expect(marked(fake.title)).toEqual(['surlignage']);
		expect(marked((hitsOf(await run('faux')) as PostHit[])[0].title)).toEqual(['Faux']);
	});

	it('highlights the close words of a typo', async () => {
		const { network, member, run } = await world();
		await createPost(network.id, member.id, { title: 'Cours de jardinage' });
		const [hit] = hitsOf(await run('jardinnage')) as PostHit[];
		expect(marked(hit.title)).toEqual(['jardinage']);
	});

	it('corrects typos against the words of the network only, and says what it searched', async () => {
		const { network, member, run } = await world();
		const other = await world();
		const bikePost = await createPost(network.id, member.id, {
			title: 'Réparation de bicyclette',
			description: 'Je répare les freins et les chaînes.'
		});
		await createPost(other.network.id, other.member.id, { title: 'Cours de guitare électrique' });

		const bike = await run('bicylette');
		expect(bike).toMatchObject({ status: 'done', mode: 'similar', corrected: 'bicyclette' });
		expect(postTitles(bike)).toEqual(['Réparation de bicyclette']);
		// Each misspelt word is corrected; the words of the description are found too once corrected.
		expect(await run('reparasion bicylette')).toMatchObject({ mode: 'similar', corrected: 'reparation bicyclette' });
		// Another network's words are not in this network's dictionary.
		expect(await run('guitarre')).toMatchObject({ status: 'done', mode: 'none', hits: [] });
		expect(await other.run('guitarre')).toMatchObject({ mode: 'similar', corrected: 'guitare' });
		// Nothing close enough: nothing found, and short words are never « corrected ».
		expect(await run('xylophone')).toMatchObject({ mode: 'none', hits: [] });
		expect(await run('vél')).toMatchObject({ mode: 'none' });
		// A renamed post brings its new words.
		await db().update(posts).set({ title: 'Atelier tricot' }).where(eq(posts.id, bikePost.id));
		expect(await run('tricott')).toMatchObject({ mode: 'similar', corrected: 'tricot' });
	});

	it('pages through many results, twenty at a time', async () => {
		const { network, member, run } = await world();
		for (let i = 0; i < 23; i++) {
			await createPost(network.id, member.id, {
				title: `Atelier tricot n° ${i + 1}`,
				createdAt: new Date(now().getTime() - i * 60_000)
			});
		}
		const first = await run('tricot');
		expect(first).toMatchObject({ page: 1, hasNext: true });
		expect(postTitles(first)).toHaveLength(20);
		expect(postTitles(first)[0]).toBe('Atelier tricot n° 1');
		const second = await run('tricot', {}, 2);
		expect(second).toMatchObject({ page: 2, hasNext: false });
		expect(postTitles(second)).toEqual(['Atelier tricot n° 21', 'Atelier tricot n° 22', 'Atelier tricot n° 23']);
		expect(await run('tricot', {}, 3)).toMatchObject({ status: 'done', hits: [], hasNext: false });
		expect(await run('tricot', {}, -4)).toMatchObject({ page: 1 });
	});

	it('pages through members too, each with its matching skills and their highlights', async () => {
		const { network, run } = await world();
		const knitting = await createSkill(network.id, 'Tricot');
		const crochet = await createSkill(network.id, 'Tricot au crochet');
		const people = [];
		for (let i = 0; i < 22; i++) {
			const person = await memberIn(network.id, 'Le Parc');
			await addMemberSkill(network.id, person.id, knitting.id, 'share', { level: 'advanced' });
			if (i % 2 === 0) await addMemberSkill(network.id, person.id, crochet.id, 'learn');
			people.push(person.id);
		}
		const pages = [await run('tricot'), await run('tricot', {}, 2)];
		expect(pages.map((p) => p.status === 'done' && [p.hits.length, p.hasNext])).toEqual([
			[20, true],
			[2, false]
		]);
		const shown = pages.flatMap((p) => hitsOf(p) as MemberHit[]);
		expect(shown.map((h) => h.accountId).sort()).toEqual([...people].sort());
		for (const hit of shown) {
			expect(hit.neighbourhood).toBe('Le Parc');
			expect(hit.skills[0]).toMatchObject({ direction: 'share', level: 'advanced' });
			expect(hit.skills.every((k) => marked(k.name)[0] === 'Tricot')).toBe(true);
		}
		// Filters apply to the skills shown on every page: only the crochet learners, one skill each.
		const learners = [await run('tricot', { kind: 'request' }), await run('tricot', { kind: 'request' }, 2)];
		const learning = learners.flatMap((p) => hitsOf(p) as MemberHit[]);
		expect(learning).toHaveLength(11);
		expect(learning.every((h) => h.skills.length === 1 && text(h.skills[0].name) === 'Tricot au crochet')).toBe(true);
	});
});

describe('searchOptions', () => {
	it('offers the network’s themes and its members’ neighbourhoods, one per spelling', async () => {
		const { network, member } = await world();
		const other = await createNetworkWithPeople();
		await memberIn(network.id, 'Le Parc');
		await memberIn(network.id, 'le parc');
		await memberIn(network.id, 'Le Parc');
		await memberIn(network.id, 'Les Fontenelles');
		await memberIn(other.network.id, 'Quartier secret');
		const options = await searchOptions({ actor: member.actor, networkId: network.id });
		expect(options.themes).toHaveLength(12);
		expect(options.themes[0]).toMatchObject({ name: 'Cuisine' });
		expect(options.neighbourhoods).toEqual(['Le Parc', 'Les Fontenelles']);
		await expect(searchOptions({ actor: other.member.actor, networkId: network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
	});

	it('shows a renamed, added or archived theme at once, though the themes are kept in memory', async () => {
		const { network, member, coordinator } = await world();
		const names = async () =>
			(await searchOptions({ actor: member.actor, networkId: network.id })).themes.map((t) => t.name);
		expect(await names()).toContain('Couture');
		const sewing = await themeOf(network.id, 'Couture');
		const actor = coordinator.actor;
		await renameTheme({ actor, networkId: network.id, themeId: sewing.id, name: 'Couture & tricot' });
		expect(await names()).toContain('Couture & tricot');
		expect(await names()).not.toContain('Couture');
		const health = await addTheme({ actor, networkId: network.id, name: 'Santé' });
		expect(await names()).toContain('Santé');
		await archiveTheme({ actor, networkId: network.id, themeId: health.id, archived: true });
		expect(await names()).not.toContain('Santé');
	});
});
