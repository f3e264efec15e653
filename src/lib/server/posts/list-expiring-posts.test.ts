import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople, createPost as givenPost } from '../../../../tests/factories.ts';
import { now } from '../clock.ts';
import { listExpiringPosts } from './list-expiring-posts.ts';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (n: number) => new Date(now().getTime() + n * DAY);

describe('listExpiringPosts', () => {
	it('lists the actor’s open posts expiring within 7 days or just expired, soonest first', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await givenPost(network.id, member.id, { title: 'Dans 5 jours', expiresAt: inDays(5) });
		await givenPost(network.id, member.id, { title: 'Expirée hier', expiresAt: inDays(-1) });
		await givenPost(network.id, member.id, { title: 'Dans 10 jours', expiresAt: inDays(10) });
		await givenPost(network.id, member.id, { title: 'Expirée il y a 2 mois', expiresAt: inDays(-60) });
		await givenPost(network.id, member.id, {
			title: 'Fermée',
			status: 'closed',
			closedAt: now(),
			expiresAt: inDays(2)
		});
		await givenPost(network.id, coordinator.id, { title: 'Pas à moi', expiresAt: inDays(2) });
		await givenPost(other.network.id, other.member.id, { title: 'Ailleurs', expiresAt: inDays(2) });

		const expiring = await listExpiringPosts({ actor: member.actor, networkId: network.id });
		expect(expiring.map((p) => [p.title, p.state])).toEqual([
			['Expirée hier', 'expired'],
			['Dans 5 jours', 'open']
		]);
	});

	it('is refused to visitors and to members of another network', async () => {
		const { network } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		await expect(listExpiringPosts({ actor: null, networkId: network.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(listExpiringPosts({ actor: other.member.actor, networkId: network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});
