import { beforeEach, describe, expect, it } from 'vitest';
import {
	actorOf,
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { answerPost } from '../introductions/open-introduction.ts';
import { BoundedCache } from './bounded-cache.ts';
import { forgetHomeSuggestions, homeSuggestions, SUGGESTIONS_FRESH_MS } from './home-suggestions.ts';

/** A member who shares plumbing, in a network where a neighbour wants to learn it. */
async function plumberAndNeighbours() {
	const { network, member } = await createNetworkWithPeople();
	const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
	const sewing = await createSkill(network.id, 'Couture', 'Couture');
	await addMemberSkill(network.id, member.id, plumbing.id, 'share');
	const learner = await createMember(network.id, { name: 'Awa Diop' });
	await addMemberSkill(network.id, learner.id, plumbing.id, 'learn');
	const options = { actor: member.actor, networkId: network.id };
	return { network, member, plumbing, sewing, learner, options };
}

const names = (list: { name: string }[]) => list.map((m) => m.name);

describe('home suggestions kept a minute', () => {
	beforeEach(() => forgetHomeSuggestions());

	it('reuses the ranking for a minute while others change, then ranks again', async () => {
		const { network, plumbing, options } = await plumberAndNeighbours();
		expect(names((await homeSuggestions(options)).learners)).toEqual(['Awa Diop']);
		const later = await createMember(network.id, { name: 'Bruno Petit' });
		await addMemberSkill(network.id, later.id, plumbing.id, 'learn');
		// Another member's new wish is not the member's own change: the kept list stays a little while.
		expect(names((await homeSuggestions(options)).learners)).toEqual(['Awa Diop']);
		advanceClock(SUGGESTIONS_FRESH_MS + 1);
		expect(names((await homeSuggestions(options)).learners)).toEqual(['Awa Diop', 'Bruno Petit']);
	});

	it('follows the member’s own changes at once: a new request, a new skill, an answer', async () => {
		const { network, member, plumbing, sewing, options } = await plumberAndNeighbours();
		const first = await homeSuggestions(options);
		expect(first.helpers).toBeNull();
		expect(first.requests).toEqual([]);

		// Their own request: the helpers for it at once.
		const tailor = await createMember(network.id, { name: 'Chloé Fil' });
		await addMemberSkill(network.id, tailor.id, sewing.id, 'share');
		const hem = await createPost(network.id, member.id, { kind: 'request', title: 'Ourlet', skillIds: [sewing.id] });
		const withRequest = await homeSuggestions(options);
		expect(withRequest.helpers?.post).toEqual({ id: hem.id, title: 'Ourlet' });
		expect(names(withRequest.helpers?.matches ?? [])).toEqual(['Chloé Fil']);

		// A neighbour's new request in the network: the requests part is read again.
		const neighbour = await createMember(network.id, { name: 'Driss Eau' });
		const leak = await createPost(network.id, neighbour.id, {
			kind: 'request',
			title: 'Robinet qui fuit',
			skillIds: [plumbing.id]
		});
		expect((await homeSuggestions(options)).requests.map((r) => r.id)).toEqual([leak.id]);

		// Answering it takes it off the list.
		await answerPost({ ...options, postId: leak.id });
		expect((await homeSuggestions(options)).requests).toEqual([]);

		// A newly shared skill: its learners at once.
		await addMemberSkill(network.id, member.id, sewing.id, 'share');
		const learner = await createMember(network.id, { name: 'Eva Point' });
		await addMemberSkill(network.id, learner.id, sewing.id, 'learn');
		expect(names((await homeSuggestions(options)).learners)).toEqual(['Awa Diop', 'Eva Point']);
	});

	it('keeps each member’s own suggestions apart', async () => {
		const { network, options } = await plumberAndNeighbours();
		const other = await createMember(network.id, { name: 'Fanny Autre' });
		const otherOptions = { actor: await actorOf(other.id), networkId: network.id };
		expect(names((await homeSuggestions(options)).learners)).toEqual(['Awa Diop']);
		expect((await homeSuggestions(otherOptions)).learners).toEqual([]);
	});

	it('is for active members of the network only, kept or not', async () => {
		const { network, options } = await plumberAndNeighbours();
		await homeSuggestions(options);
		const other = await createNetworkWithPeople();
		const pending = await createMember(network.id, { status: 'pending' });
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[other.member.actor, 'not_member'],
			[await actorOf(pending.id), 'membership_pending']
		] as const) {
			await expect(homeSuggestions({ actor, networkId: network.id })).rejects.toMatchObject({ code });
		}
	});
});

describe('BoundedCache', () => {
	const counting = () => {
		let calls = 0;
		return { compute: async () => ++calls, calls: () => calls };
	};

	it('keeps a value for its stamp and its time, and computes again otherwise', async () => {
		const cache = new BoundedCache<number>({ max: 10, ttlMs: 1000 });
		const { compute, calls } = counting();
		expect(await cache.get('a', 's1', compute)).toBe(1);
		expect(await cache.get('a', 's1', compute)).toBe(1);
		expect(await cache.get('a', 's2', compute)).toBe(2);
		advanceClock(1000);
		expect(await cache.get('a', 's2', compute)).toBe(3);
		// A clock moved back does not keep the value forever.
		advanceClock(-5000);
		expect(await cache.get('a', 's2', compute)).toBe(4);
		expect(calls()).toBe(4);
	});

	it('drops the least recently read entry beyond its size, and shares a computation under way', async () => {
		const cache = new BoundedCache<number>({ max: 2, ttlMs: 60_000 });
		const { compute, calls } = counting();
		const [x, y] = await Promise.all([cache.get('a', '', compute), cache.get('a', '', compute)]);
		expect([x, y, calls()]).toEqual([1, 1, 1]);
		await cache.get('b', '', compute);
		await cache.get('a', '', compute); // read again: « b » is now the oldest
		await cache.get('c', '', compute);
		expect(cache.size).toBe(2);
		expect(await cache.get('a', '', compute)).toBe(1);
		expect(await cache.get('b', '', compute)).toBe(4);
	});

	it('does not keep a failure', async () => {
		const cache = new BoundedCache<number>({ max: 2, ttlMs: 60_000 });
		await expect(cache.get('a', '', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await cache.get('a', '', async () => 7)).toBe(7);
	});
});
