import { describe, expect, it } from 'vitest';
import { createMember, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { answerPost } from './open-introduction.ts';
import { listUnansweredRequests } from './list-unanswered.ts';

const DAY = 86_400_000;

describe('listUnansweredRequests', () => {
	it('lists live requests without any answer after 7 days, oldest first, and only those', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const author = await createMember(network.id, { name: 'Karim Benali' });
		const old = await createPost(network.id, author.id, { kind: 'request', title: 'Déboucher un évier' });
		const answered = await createPost(network.id, author.id, { kind: 'request', title: 'Réparer mon vélo' });
		await answerPost({ actor: member.actor, networkId: network.id, postId: answered.id });
		await createPost(network.id, author.id, { kind: 'offer', title: 'Cours de guitare' });
		await createPost(network.id, author.id, {
			kind: 'request',
			title: 'Déjà close',
			status: 'closed',
			closedAt: now()
		});
		advanceClock(6 * DAY);
		expect(await listUnansweredRequests({ actor: coordinator.actor, networkId: network.id })).toEqual([]);
		const recent = await createPost(network.id, author.id, { kind: 'request', title: 'Aide pour un CV' });
		advanceClock(1 * DAY);
		const list = await listUnansweredRequests({ actor: coordinator.actor, networkId: network.id });
		expect(list.map((p) => [p.id, p.title, p.author])).toEqual([[old.id, 'Déboucher un évier', 'Karim Benali']]);
		advanceClock(6 * DAY);
		expect(
			(await listUnansweredRequests({ actor: coordinator.actor, networkId: network.id })).map((p) => p.id)
		).toEqual([old.id, recent.id]);
	});

	it('is for the coordinators of the network only', async () => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden'],
			[other.coordinator.actor, 'not_member']
		] as const) {
			await expect(listUnansweredRequests({ actor, networkId: network.id })).rejects.toMatchObject({ code });
		}
	});
});
