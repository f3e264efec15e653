import { describe, expect, it } from 'vitest';
import { createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { MEMBERS_IN_LIST, referralFormChoices } from './referral-form.ts';

describe('the referral form’s choices', () => {
	it('lists every active member of a small network, and filters by name when asked', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const leila = await createMember(network.id, { name: 'Leïla Haddad' });
		await createMember(network.id, { name: 'Léa Pending', status: 'pending' });
		const scope = { actor: coordinator.actor, networkId: network.id };
		const all = await referralFormChoices(scope);
		expect(all.needsSearch).toBe(false);
		expect(all.members.map((m) => m.id).sort()).toEqual([coordinator.id, member.id, leila.id].sort());
		const found = await referralFormChoices({ ...scope, query: 'leila HADD' });
		expect(found.members.map((m) => m.name)).toEqual(['Leïla Haddad']);
		await expect(referralFormChoices({ actor: member.actor, networkId: network.id })).rejects.toMatchObject({
			code: 'forbidden'
		});
	});

	it('asks for a name first in a big network, and keeps the person already chosen', async () => {
		const { network, coordinator } = await createNetworkWithPeople();
		const leila = await createMember(network.id, { name: 'Leïla Ouazzani-Mériel' });
		for (let i = 0; i < MEMBERS_IN_LIST; i++) await createMember(network.id);
		const scope = { actor: coordinator.actor, networkId: network.id };
		const first = await referralFormChoices(scope);
		expect(first).toMatchObject({ needsSearch: true, members: [] });
		expect((await referralFormChoices({ ...scope, query: 'OUAZZANI' })).members.map((m) => m.id)).toEqual([leila.id]);
		expect((await referralFormChoices({ ...scope, chosen: leila.id })).members.map((m) => m.id)).toEqual([leila.id]);
		expect((await referralFormChoices({ ...scope, chosen: 'pas-un-id' })).members).toEqual([]);
	});
});
