// The « create » buttons of the groups page and the agenda are the domain's answer (moved out of their routes,
// issue 12): coordinators create groups and events (decisions 021 and 022).
import { describe, expect, it } from 'vitest';
import { createGroupIn, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { agendaPage } from '../events/agenda-page.ts';
import { groupEditPage } from './group-edit-page.ts';
import { groupsPage } from './list-groups.ts';

describe('who may create groups and events', () => {
	it('offers the coordinators to create, not the members; refuses visitors and other networks', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const group = await createGroupIn(network.id);
		expect(await groupsPage({ actor: coordinator.actor, networkId: network.id })).toMatchObject({ canCreate: true });
		const seen = await groupsPage({ actor: member.actor, networkId: network.id });
		expect(seen.canCreate).toBe(false);
		expect(seen.groups.map((g) => g.id)).toEqual([group.id]);
		expect((await agendaPage({ actor: coordinator.actor, networkId: network.id })).canCreate).toBe(true);
		expect((await agendaPage({ actor: member.actor, networkId: network.id })).canCreate).toBe(false);
		await expect(groupsPage({ actor: null, networkId: network.id })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(groupsPage({ actor: other.member.actor, networkId: network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
	});

	it('opens a group’s edit page to the coordinators only', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const other = await createNetworkWithPeople();
		const group = await createGroupIn(network.id);
		const page = await groupEditPage({ actor: coordinator.actor, networkId: network.id, groupId: group.id });
		expect(page).toMatchObject({ group: { id: group.id }, picture: null });
		expect(page.themes.length).toBeGreaterThan(0);
		for (const [actor, code] of [
			[member.actor, 'forbidden'],
			[null, 'not_logged_in'],
			[other.coordinator.actor, 'not_member']
		] as const) {
			await expect(groupEditPage({ actor, networkId: network.id, groupId: group.id })).rejects.toMatchObject({ code });
		}
	});
});
