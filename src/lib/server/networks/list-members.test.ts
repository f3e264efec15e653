import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { accounts, memberships } from '../db/schema/index.ts';
import { listMembersForCoordinator } from './list-members.ts';

describe('listMembersForCoordinator', () => {
	it('shows a coordinator the pending requests and the active members of their network, and nobody else', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const waiting = await createMember(network.id, {
			name: 'Océane Garnier',
			status: 'pending',
			password: 'mon jardin secret'
		});
		const withoutEmail = await createMember(network.id, { name: 'Bernard Rousseau', email: null });
		const refused = await createMember(network.id, { name: 'Kévin Laurent', status: 'refused' });
		const other = await createNetworkWithPeople();
		const otherWaiting = await createMember(other.network.id, { status: 'pending' });

		const list = await listMembersForCoordinator({ actor: coordinator.actor, networkId: network.id });

		expect(list.pending.map((m) => m.accountId)).toEqual([waiting.id]);
		expect(list.pending[0]).toMatchObject({
			name: 'Océane Garnier',
			email: waiting.email,
			role: 'member',
			status: 'pending',
			withoutEmail: false
		});
		expect(list.active.map((m) => m.accountId).sort()).toEqual([coordinator.id, member.id, withoutEmail.id].sort());
		expect(list.active.find((m) => m.accountId === coordinator.id)).toMatchObject({
			role: 'coordinator',
			status: 'active'
		});
		expect(list.active.find((m) => m.accountId === withoutEmail.id)).toMatchObject({ email: null, withoutEmail: true });

		const everyone = [...list.pending, ...list.active].map((m) => m.accountId);
		for (const stranger of [refused.id, other.coordinator.id, other.member.id, otherWaiting.id])
			expect(everyone).not.toContain(stranger);
		// Only what a coordinator needs: never the secrets of the account.
		const [secrets] = await db().select().from(accounts).where(eq(accounts.id, withoutEmail.id));
		const [hashed] = await db().select().from(accounts).where(eq(accounts.id, waiting.id));
		const shown = JSON.stringify(list);
		expect(secrets.loginCodeHash).toBeTruthy();
		expect(shown).not.toContain(secrets.loginCodeHash);
		expect(hashed.passwordHash).toMatch(/^\$argon2id\$/);
		expect(shown).not.toContain(hashed.passwordHash);
	});

	it('lists active members by name', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		await createMember(network.id, { name: 'Zoé Petit' });
		await createMember(network.id, { name: 'Amina Cissé' });
		const names = (await listMembersForCoordinator({ actor: coordinator.actor, networkId: network.id })).active.map(
			(m) => m.name
		);
		expect(names.indexOf('Amina Cissé')).toBeLessThan(names.indexOf('Zoé Petit'));
	});

	it('shows the same person in each network with that network’s status only', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetworkWithPeople();
		await db().insert(memberships).values({ networkId: b.network.id, accountId: a.member.id, status: 'pending' });

		const inA = await listMembersForCoordinator({ actor: a.coordinator.actor, networkId: a.network.id });
		const inB = await listMembersForCoordinator({ actor: b.coordinator.actor, networkId: b.network.id });
		expect(inA.active.map((m) => m.accountId)).toContain(a.member.id);
		expect(inA.pending.map((m) => m.accountId)).not.toContain(a.member.id);
		expect(inB.pending.map((m) => m.accountId)).toEqual([a.member.id]);
		expect(inB.active.map((m) => m.accountId)).not.toContain(a.member.id);
	});

	it.each([
		['anonymous', 'not_logged_in'],
		['a plain member', 'forbidden'],
		['the coordinator of another network', 'not_member'],
		['a coordinator whose membership is pending', 'membership_pending']
	])('is refused to %s', async (who, code) => {
		const { network, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const pendingCoordinator = await createMember(network.id, { role: 'coordinator', status: 'pending' });
		const actor =
			who === 'anonymous'
				? null
				: who === 'a plain member'
					? member.actor
					: who === 'the coordinator of another network'
						? other.coordinator.actor
						: await actorOf(pendingCoordinator.id);
		await expect(listMembersForCoordinator({ actor, networkId: network.id })).rejects.toMatchObject({ code });
	});
});
