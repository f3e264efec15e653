import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addGroupMember,
	createGroupIn,
	createMember,
	createNetworkWithPeople,
	createPost,
	themeOf
} from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { groupMembers, groups } from '../db/schema/index.ts';
import { createGroup } from './create-group.ts';
import { decideGroupRequest } from './decide-group-request.ts';
import { findGroup } from './find-group.ts';
import { getGroup } from './get-group.ts';
import { joinGroup } from './join-group.ts';
import { leaveGroup } from './leave-group.ts';
import { listGroups } from './list-groups.ts';
import { setGroupRole } from './set-group-role.ts';
import { setGroupVisibility } from './set-group-visibility.ts';
import { updateGroup } from './update-group.ts';

const content = {
	name: 'Cuisine',
	themeId: null,
	description: 'On cuisine ensemble le jeudi.',
	joinPolicy: 'open' as const
};

async function world(joinPolicy: 'open' | 'approval' = 'open') {
	const people = await createNetworkWithPeople();
	const { network, coordinator } = people;
	const theme = await themeOf(network.id, 'Cuisine');
	const group = await createGroup({
		actor: coordinator.actor,
		networkId: network.id,
		...content,
		themeId: theme.id,
		joinPolicy
	});
	return { ...people, theme, group };
}

const rowOf = async (groupId: string, accountId: string) =>
	(
		await db()
			.select()
			.from(groupMembers)
			.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.accountId, accountId)))
	)[0];

describe('createGroup and updateGroup', () => {
	it('lets a network coordinator create a group with a theme, and find it in its network only', async () => {
		const { network, coordinator, group, theme } = await world();
		expect(group).toMatchObject({
			networkId: network.id,
			name: 'Cuisine',
			themeId: theme.id,
			joinPolicy: 'open',
			createdByAccountId: coordinator.id
		});
		expect((await findGroup({ networkId: network.id, groupId: group.id }))?.id).toBe(group.id);
		const other = await createNetworkWithPeople();
		expect(await findGroup({ networkId: other.network.id, groupId: group.id })).toBeUndefined();
		expect(await findGroup({ networkId: network.id, groupId: 'pas-un-id' })).toBeUndefined();
	});

	it('refuses anonymous people, plain members and names already taken, and saves nothing', async () => {
		const { network, member, coordinator } = await world();
		const before = await db().$count(groups);
		await expect(createGroup({ actor: null, networkId: network.id, ...content })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(createGroup({ actor: member.actor, networkId: network.id, ...content })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(
			createGroup({ actor: coordinator.actor, networkId: network.id, ...content, name: 'CUISINE' })
		).rejects.toMatchObject({ code: 'group_name_taken', field: 'name' });
		expect(await db().$count(groups)).toBe(before);
	});

	it('refuses a theme of another network', async () => {
		const { network, coordinator } = await world();
		const other = await createNetworkWithPeople();
		const foreignTheme = await themeOf(other.network.id, 'Cuisine');
		await expect(
			createGroup({ actor: coordinator.actor, networkId: network.id, ...content, name: 'X', themeId: foreignTheme.id })
		).rejects.toMatchObject({ code: 'theme_unknown', field: 'themeId' });
	});

	it('lets group coordinators and network coordinators edit, not plain members nor another network', async () => {
		const { network, coordinator, member, group } = await world();
		const edit = { ...content, name: 'Cuisine du monde', joinPolicy: 'approval' as const };
		await expect(
			updateGroup({ actor: member.actor, networkId: network.id, groupId: group.id, ...edit })
		).rejects.toMatchObject({ code: 'forbidden' });
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		await setGroupRole({
			actor: coordinator.actor,
			networkId: network.id,
			groupId: group.id,
			accountId: member.id,
			role: 'coordinator'
		});
		const updated = await updateGroup({ actor: member.actor, networkId: network.id, groupId: group.id, ...edit });
		expect(updated).toMatchObject({ name: 'Cuisine du monde', joinPolicy: 'approval', themeId: null });

		const other = await createNetworkWithPeople();
		await expect(
			updateGroup({ actor: other.coordinator.actor, networkId: other.network.id, groupId: group.id, ...edit })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			updateGroup({ actor: other.coordinator.actor, networkId: network.id, groupId: group.id, ...edit })
		).rejects.toMatchObject({ code: 'not_member' });
		expect((await findGroup({ networkId: network.id, groupId: group.id }))?.name).toBe('Cuisine du monde');
	});
});

describe('joining and leaving', () => {
	it('lets a member join an open group at once, join twice harmlessly, and leave', async () => {
		const { network, member, group } = await world('open');
		expect(await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id })).toBe('active');
		expect(await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id })).toBe('active');
		expect(await rowOf(group.id, member.id)).toMatchObject({ status: 'active', role: 'member', hidden: false });
		const [listed] = await listGroups({ actor: member.actor, networkId: network.id });
		expect(listed).toMatchObject({ id: group.id, memberCount: 1, myStatus: 'active', themeName: 'Cuisine' });

		await leaveGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		expect(await rowOf(group.id, member.id)).toBeUndefined();
	});

	it('turns a join into a request on an approval group, accepted or refused by a group coordinator', async () => {
		const { network, member, coordinator, group } = await world('approval');
		const other = await createMember(network.id);
		const otherActor = await actorOf(other.id);
		expect(await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id })).toBe('pending');
		expect(await joinGroup({ actor: otherActor, networkId: network.id, groupId: group.id })).toBe('pending');

		// A plain member of the network cannot decide.
		const third = await actorOf((await createMember(network.id)).id);
		await expect(
			decideGroupRequest({
				actor: third,
				networkId: network.id,
				groupId: group.id,
				accountId: member.id,
				decision: 'accept'
			})
		).rejects.toMatchObject({ code: 'forbidden' });

		const page = await getGroup({ actor: coordinator.actor, networkId: network.id, groupId: group.id });
		expect(page.requests.map((r) => r.accountId).sort()).toEqual([member.id, other.id].sort());
		expect(page.canManage).toBe(true);

		await decideGroupRequest({
			actor: coordinator.actor,
			networkId: network.id,
			groupId: group.id,
			accountId: member.id,
			decision: 'accept'
		});
		await decideGroupRequest({
			actor: coordinator.actor,
			networkId: network.id,
			groupId: group.id,
			accountId: other.id,
			decision: 'refuse'
		});
		expect(await rowOf(group.id, member.id)).toMatchObject({ status: 'active', decidedByAccountId: coordinator.id });
		expect(await rowOf(group.id, other.id)).toBeUndefined();
		// Deciding again: there is no request any more.
		await expect(
			decideGroupRequest({
				actor: coordinator.actor,
				networkId: network.id,
				groupId: group.id,
				accountId: member.id,
				decision: 'refuse'
			})
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it('lets a member withdraw their request by leaving', async () => {
		const { network, member, group } = await world('approval');
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		await leaveGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		expect(await rowOf(group.id, member.id)).toBeUndefined();
	});

	it('refuses anonymous people, pending members of the network, and a group of another network', async () => {
		const { network, group } = await world();
		await expect(joinGroup({ actor: null, networkId: network.id, groupId: group.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		const pending = await createMember(network.id, { status: 'pending' });
		await expect(
			joinGroup({ actor: await actorOf(pending.id), networkId: network.id, groupId: group.id })
		).rejects.toMatchObject({ code: 'membership_pending' });
		const other = await createNetworkWithPeople();
		await expect(
			joinGroup({ actor: other.member.actor, networkId: other.network.id, groupId: group.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await db().$count(groupMembers, eq(groupMembers.groupId, group.id))).toBe(0);
	});
});

describe('the list of groups', () => {
	it('counts each group’s active members (2 and 0, not the pending one) and gives each reader their place', async () => {
		const { network, member, coordinator, group } = await world();
		await createGroupIn(network.id, { name: 'Jardinage' });
		const waiting = await createMember(network.id);
		await addGroupMember(group, member.id);
		await addGroupMember(group, coordinator.id, { role: 'coordinator' });
		await addGroupMember(group, waiting.id, { status: 'pending' });
		const listFor = async (actor: typeof member.actor) => {
			const listed = await listGroups({ actor, networkId: network.id });
			return listed.map((g) => [g.name, g.memberCount, g.myStatus]);
		};
		expect(await listFor(member.actor)).toEqual([
			['Cuisine', 2, 'active'],
			['Jardinage', 0, null]
		]);
		expect(await listFor(await actorOf(waiting.id))).toEqual([
			['Cuisine', 2, 'pending'],
			['Jardinage', 0, null]
		]);
	});
});

describe('the member list', () => {
	it('hides a member who asks, except from group coordinators and themselves', async () => {
		const { network, member, coordinator, group } = await world();
		const other = await createMember(network.id, { name: 'Zoé Martin' });
		const otherActor = await actorOf(other.id);
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		await joinGroup({ actor: otherActor, networkId: network.id, groupId: group.id });
		await setGroupVisibility({ actor: member.actor, networkId: network.id, groupId: group.id, hidden: true });

		const seenByOther = await getGroup({ actor: otherActor, networkId: network.id, groupId: group.id });
		expect(seenByOther.members.map((p) => p.accountId)).toEqual([other.id]);
		const seenBySelf = await getGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		expect(seenBySelf.members.map((p) => p.accountId).sort()).toEqual([member.id, other.id].sort());
		expect(seenBySelf.myHidden).toBe(true);
		const seenByCoordinator = await getGroup({ actor: coordinator.actor, networkId: network.id, groupId: group.id });
		expect(seenByCoordinator.members.find((p) => p.accountId === member.id)?.hidden).toBe(true);
		expect(seenByCoordinator.requests).toEqual([]);
		// A plain member does not see pending requests.
		expect(seenByOther.requests).toEqual([]);
	});

	it('refuses hiding oneself from a group one is not in', async () => {
		const { network, member, group } = await world();
		await expect(
			setGroupVisibility({ actor: member.actor, networkId: network.id, groupId: group.id, hidden: true })
		).rejects.toMatchObject({ code: 'group_members_only' });
	});

	it('gives the group coordinator role to active members only, by coordinators only', async () => {
		const { network, member, coordinator, group } = await world('approval');
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		const role = { networkId: network.id, groupId: group.id, accountId: member.id, role: 'coordinator' as const };
		// A pending request cannot coordinate.
		await expect(setGroupRole({ actor: coordinator.actor, ...role })).rejects.toMatchObject({ code: 'not_found' });
		await decideGroupRequest({ actor: coordinator.actor, ...role, decision: 'accept' });
		await expect(setGroupRole({ actor: member.actor, ...role })).rejects.toMatchObject({ code: 'forbidden' });
		await setGroupRole({ actor: coordinator.actor, ...role });
		expect(await rowOf(group.id, member.id)).toMatchObject({ role: 'coordinator' });
		const page = await getGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		expect(page).toMatchObject({ canManage: true, myRole: 'coordinator' });
	});
});

describe('the group page', () => {
	it('shows the network’s live posts under the group’s theme, the first few with their number', async () => {
		const { network, member, group } = await world();
		for (let i = 0; i < 7; i++)
			await createPost(network.id, member.id, { themeName: 'Cuisine', title: `Recette ${i}` });
		await createPost(network.id, member.id, { themeName: 'Langues', title: 'Anglais' });
		const page = await getGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		expect(page.posts.total).toBe(7);
		expect(page.posts.items).toHaveLength(5);
		expect(page.theme?.name).toBe('Cuisine');
		expect(page).toMatchObject({ myStatus: null, canManage: false, canTalk: false });
	});

	it('is for the network’s members only', async () => {
		const { network, group } = await world();
		const other = await createNetworkWithPeople();
		await expect(getGroup({ actor: null, networkId: network.id, groupId: group.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			getGroup({ actor: other.member.actor, networkId: network.id, groupId: group.id })
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(
			getGroup({ actor: other.member.actor, networkId: other.network.id, groupId: group.id })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
