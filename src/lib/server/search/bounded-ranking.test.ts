// A common word matches thousands of posts in a large network: only the RANKED_POSTS newest of them are ranked
// (issue 13; decision 014, « Bounded ranking »). Within them the order is the usual one: relevance, then
// freshness, then id; closed and expired posts are never among them; a skill's newest tagged posts are read in
// order from post_skills_skill_newest_idx.
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createPost, createSkill } from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import type { Part } from './highlight.ts';
import { RANKED_POSTS } from './search-sql.ts';
import { PAGE_SIZE, search, type PostHit, type SearchResult } from './search.ts';

const MINUTE = 60_000;
const text = (parts: Part[]) => parts.map((p) => p.text).join('');
function posts(result: SearchResult): PostHit[] {
	if (result.status !== 'done') throw new Error('expected results');
	return result.hits.filter((h): h is PostHit => h.type === 'post');
}

describe('bounded ranking of posts', () => {
	it('ranks the newest matches only, best first, ties by freshness then id, never a closed or expired post', async () => {
		const { network, member } = await createNetworkWithPeople();
		const start = now().getTime();
		const ago = (minutes: number) => new Date(start - minutes * MINUTE);
		const post = (title: string, minutes: number, fields: Parameters<typeof createPost>[2] = {}) =>
			createPost(network.id, member.id, { title, createdAt: ago(minutes), ...fields });
		// The oldest, and the most relevant (the word twice in its title): past the newest RANKED_POSTS, not ranked.
		await post('Tricot tricot : toutes les astuces', 100_000);
		// RANKED_POSTS matches by their description only, one minute apart.
		for (let i = 0; i < RANKED_POSTS - 3; i++) {
			await post(`Atelier ${i}`, 1_000 + i, { description: 'On y parle aussi de tricot.' });
		}
		// Three title matches, newer: two at the very same minute (by id), one older.
		const same = [await post('Tricot pour débuter', 500), await post('Tricot en groupe', 500)];
		const older = await post('Tricot et crochet', 600);
		// Newer than all, but not live: never ranked, and they take no place among the newest.
		await post('Tricot fermé', 1, { status: 'closed', closedAt: now() });
		await post('Tricot expiré', 2, { expiresAt: ago(1) });

		const run = (page: number) => search({ actor: member.actor, networkId: network.id, query: 'tricot', page });
		const first = posts(await run(1));
		const titles = first.map((h) => text(h.title));
		const byId = [...same].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => p.title);
		expect(titles.slice(0, 3)).toEqual([...byId, older.title]);
		// Then the description matches, newest first.
		expect(titles.slice(3, 6)).toEqual(['Atelier 0', 'Atelier 1', 'Atelier 2']);
		expect(titles).toHaveLength(PAGE_SIZE);
		const everything = [];
		for (let page = 1; page <= Math.ceil((RANKED_POSTS + 5) / PAGE_SIZE); page++) {
			everything.push(...posts(await run(page)).map((h) => text(h.title)));
		}
		expect(everything).toHaveLength(RANKED_POSTS);
		expect(new Set(everything).size).toBe(RANKED_POSTS);
		expect(everything.some((t) => /fermé|expiré|astuces/.test(t))).toBe(false);
	});

	it('reads a skill’s newest tagged posts, freshest first, when its name matches', async () => {
		const { network, member } = await createNetworkWithPeople();
		const skill = await createSkill(network.id, 'Macramé', 'Couture');
		const ago = (minutes: number) => new Date(now().getTime() - minutes * MINUTE);
		const tagged = [];
		for (let i = 0; i < PAGE_SIZE + 4; i++) {
			tagged.push(
				await createPost(network.id, member.id, { title: `Nœuds ${i}`, skillIds: [skill.id], createdAt: ago(i) })
			);
		}
		await createPost(network.id, member.id, {
			title: 'Nœuds fermés',
			skillIds: [skill.id],
			createdAt: ago(0),
			status: 'closed',
			closedAt: now()
		});
		const result = await search({ actor: member.actor, networkId: network.id, query: 'macramé' });
		expect(posts(result).map((h) => h.id)).toEqual(tagged.slice(0, PAGE_SIZE).map((p) => p.id));
		expect(result).toMatchObject({ hasNext: true });
	});
});
