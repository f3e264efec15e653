// Fairness in matching (issue 4): at the same match level, those who helped less recently come first.
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import { matchPost } from '../matching/match-post.ts';
import { parisDate } from '../../paris-time.ts';
import { addDays } from '../../validation/exchanges.ts';
import { recordExchange } from './record-exchange.ts';

describe('fairness in matching', () => {
	it('orders equal matches by who helped least recently: never, a month ago, yesterday; then rotates', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
		const karim = await createMember(network.id, { name: 'Karim Benali' });
		const learner = await createMember(network.id, { name: 'Zoé Petit' });
		// Names in the opposite order, so that the name alone would give A, B, C.
		const a = await createMember(network.id, { name: 'Awa Diop' });
		const b = await createMember(network.id, { name: 'Bernard Roux' });
		const c = await createMember(network.id, { name: 'Chloé Martin' });
		for (const person of [a, b, c]) await addMemberSkill(network.id, person.id, plumbing.id, 'share');
		const helped = (sharer: string, daysAgo: number) =>
			recordExchange({
				actor: coordinator.actor,
				networkId: network.id,
				sharerAccountId: sharer,
				learnerAccountIds: [learner.id],
				skillId: plumbing.id,
				occurredOn: addDays(parisDate(now()), -daysAgo),
				minutes: 60
			});
		await helped(a.id, 1);
		await helped(b.id, 30);
		// A pending exchange (not confirmed by the learner) does not count as having helped.
		await recordExchange({
			actor: await actorOf(c.id),
			networkId: network.id,
			sharerAccountId: c.id,
			learnerAccountIds: [learner.id],
			skillId: plumbing.id,
			occurredOn: parisDate(now()),
			minutes: 60
		});
		const post = await createPost(network.id, karim.id, {
			kind: 'request',
			title: 'Qui veut me montrer comment déboucher un évier ?',
			themeName: 'Bricolage & réparation',
			skillIds: [plumbing.id]
		});
		const order = async () =>
			(await matchPost({ actor: await actorOf(karim.id), networkId: network.id, postId: post.id })).map((m) => m.name);
		expect(await order()).toEqual(['Chloé Martin', 'Bernard Roux', 'Awa Diop']);
		await helped(c.id, 0);
		expect(await order()).toEqual(['Bernard Roux', 'Awa Diop', 'Chloé Martin']);
	});

	it('never lets fairness outrank a better match', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
		const tiling = await createSkill(network.id, 'Carrelage', 'Bricolage & réparation');
		const karim = await createMember(network.id, { name: 'Karim Benali' });
		const busy = await createMember(network.id, { name: 'Awa Diop' });
		const fresh = await createMember(network.id, { name: 'Bernard Roux' });
		await addMemberSkill(network.id, busy.id, plumbing.id, 'share');
		await addMemberSkill(network.id, fresh.id, tiling.id, 'share');
		await recordExchange({
			actor: coordinator.actor,
			networkId: network.id,
			sharerAccountId: busy.id,
			learnerAccountIds: [karim.id],
			skillId: plumbing.id,
			occurredOn: parisDate(now()),
			minutes: 60
		});
		const post = await createPost(network.id, karim.id, {
			kind: 'request',
			themeName: 'Bricolage & réparation',
			skillIds: [plumbing.id]
		});
		const names = (await matchPost({ actor: await actorOf(karim.id), networkId: network.id, postId: post.id })).map(
			(m) => m.name
		);
		expect(names).toEqual(['Awa Diop', 'Bernard Roux']);
	});
});
