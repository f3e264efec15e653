import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { emails, groupMessages, notifications } from '../db/schema/index.ts';
import { DEFAULT_DELIVERY } from '../notifications/kinds.ts';
import { setPreferences } from '../notifications/preferences.ts';
import { createGroup } from './create-group.ts';
import { decideGroupRequest } from './decide-group-request.ts';
import { joinGroup } from './join-group.ts';
import { GROUP_MESSAGES_PAGE_SIZE, listGroupMessages } from './list-group-messages.ts';
import { postAnnouncement } from './post-announcement.ts';
import { postGroupMessage } from './post-group-message.ts';

async function world(joinPolicy: 'open' | 'approval' = 'open') {
	const people = await createNetworkWithPeople();
	const group = await createGroup({
		actor: people.coordinator.actor,
		networkId: people.network.id,
		name: 'Jardinage',
		themeId: null,
		description: '',
		joinPolicy
	});
	return { ...people, group };
}

describe('the discussion thread', () => {
	it('takes plain-text messages from the group’s members, newest last, kept as typed', async () => {
		const { network, member, group } = await world();
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		const where = { networkId: network.id, groupId: group.id };
		await postGroupMessage({ actor: member.actor, ...where, body: 'Qui a des graines de tomates ?' });
		advanceClock(60_000);
		await postGroupMessage({ actor: member.actor, ...where, body: '<script>alert(1)</script> <3' });
		const thread = await listGroupMessages({ actor: member.actor, ...where });
		expect(thread.items.map((m) => m.body)).toEqual(['Qui a des graines de tomates ?', '<script>alert(1)</script> <3']);
		expect(thread.items[0]).toMatchObject({ kind: 'message', authorAccountId: member.id, authorName: member.name });
	});

	it('pages the thread, showing the newest page first', async () => {
		const { network, member, group } = await world();
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		const where = { networkId: network.id, groupId: group.id };
		const rows = Array.from({ length: GROUP_MESSAGES_PAGE_SIZE + 3 }, (_, i) => ({
			...where,
			authorAccountId: member.id,
			body: `Message ${i + 1}`
		}));
		await db().insert(groupMessages).values(rows);
		const last = await listGroupMessages({ actor: member.actor, ...where });
		expect(last).toMatchObject({ page: 2, pageCount: 2, total: GROUP_MESSAGES_PAGE_SIZE + 3 });
		expect(last.items.map((m) => m.body)).toEqual([`Message 31`, `Message 32`, `Message 33`]);
		const first = await listGroupMessages({ actor: member.actor, ...where, page: 1 });
		expect(first.items).toHaveLength(GROUP_MESSAGES_PAGE_SIZE);
		expect(first.items[0].body).toBe('Message 1');
	});

	it('refuses members of the network outside the group, pending requests, anonymous people and other networks', async () => {
		const { network, member, group } = await world('approval');
		const where = { networkId: network.id, groupId: group.id, body: 'Bonjour' };
		await expect(postGroupMessage({ actor: member.actor, ...where })).rejects.toMatchObject({
			code: 'group_members_only'
		});
		await expect(listGroupMessages({ actor: member.actor, ...where })).rejects.toMatchObject({
			code: 'group_members_only'
		});
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		await expect(postGroupMessage({ actor: member.actor, ...where })).rejects.toMatchObject({
			code: 'group_members_only'
		});
		await expect(postGroupMessage({ actor: null, ...where })).rejects.toMatchObject({ code: 'not_logged_in' });
		const other = await createNetworkWithPeople();
		await expect(
			postGroupMessage({ actor: other.coordinator.actor, ...where, networkId: other.network.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await db().$count(groupMessages, eq(groupMessages.groupId, group.id))).toBe(0);
	});

	it('is stopped by the database when a caller skips the form schema: empty or too long', async () => {
		const { network, member, group } = await world();
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		for (const body of ['', 'x'.repeat(4001)]) {
			await expect(
				postGroupMessage({ actor: member.actor, networkId: network.id, groupId: group.id, body })
			).rejects.toThrow();
		}
		expect(await db().$count(groupMessages, eq(groupMessages.groupId, group.id))).toBe(0);
	});
});

describe('postAnnouncement', () => {
	it('puts the announcement in the thread and notifies each member of the group per their preference', async () => {
		const { network, member, coordinator, group } = await world('approval');
		const where = { networkId: network.id, groupId: group.id };
		const quiet = await createMember(network.id);
		const pending = await createMember(network.id);
		const outsider = await createMember(network.id);
		for (const person of [member, quiet]) {
			const actor = await actorOf(person.id);
			await joinGroup({ actor, ...where });
			await decideGroupRequest({ actor: coordinator.actor, ...where, accountId: person.id, decision: 'accept' });
		}
		await joinGroup({ actor: await actorOf(pending.id), ...where });
		await setPreferences({ actor: await actorOf(quiet.id), preferences: { ...DEFAULT_DELIVERY, group: 'app' } });

		const { message, notified } = await postAnnouncement({
			actor: coordinator.actor,
			...where,
			body: 'Atelier semis samedi à 10 h au jardin.'
		});
		expect(message).toMatchObject({ kind: 'announcement', authorAccountId: coordinator.id });
		expect(notified).toBe(2);
		const rows = await db().select().from(notifications).where(eq(notifications.networkId, network.id));
		expect(rows.map((r) => r.accountId).sort()).toEqual([member.id, quiet.id].sort());
		expect(rows.find((r) => r.accountId === member.id)).toMatchObject({
			delivery: 'email',
			params: { group: 'Jardinage' },
			link: `/groupes/${group.id}#message-${message.id}`
		});
		expect(rows.find((r) => r.accountId === quiet.id)?.delivery).toBe('app');
		expect(await db().$count(emails, eq(emails.toAddress, member.email!))).toBe(1);
		expect(await db().$count(emails, eq(emails.toAddress, quiet.email!))).toBe(0);
		expect(rows.some((r) => r.accountId === pending.id || r.accountId === outsider.id)).toBe(false);
	});

	it('is for group coordinators: plain members of the group, anonymous people and other networks are refused', async () => {
		const { network, member, group } = await world();
		const where = { networkId: network.id, groupId: group.id, body: 'Annonce' };
		await joinGroup({ actor: member.actor, networkId: network.id, groupId: group.id });
		await expect(postAnnouncement({ actor: member.actor, ...where })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(postAnnouncement({ actor: null, ...where })).rejects.toMatchObject({ code: 'not_logged_in' });
		const other = await createNetworkWithPeople();
		await expect(
			postAnnouncement({ actor: other.coordinator.actor, ...where, networkId: other.network.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await db().$count(groupMessages, eq(groupMessages.groupId, group.id))).toBe(0);
		expect(await db().$count(notifications, eq(notifications.accountId, member.id))).toBe(0);
	});
});
