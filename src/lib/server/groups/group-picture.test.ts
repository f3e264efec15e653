import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addGroupMember,
	createGroupIn,
	createMember,
	createNetworkWithPeople
} from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { groupPictures } from '../db/schema/index.ts';
import { getGroup } from './get-group.ts';
import { getGroupPicture, removeGroupPicture, setGroupPicture } from './group-picture.ts';
import { listGroups } from './list-groups.ts';

const jpeg = (size = 64) => Uint8Array.from({ length: size }, (_, i) => [0xff, 0xd8, 0xff, 0xe0][i] ?? i % 251);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function world() {
	const people = await createNetworkWithPeople();
	const group = await createGroupIn(people.network.id, { name: 'Cuisine' });
	const groupCoordinator = await createMember(people.network.id);
	await addGroupMember(group, groupCoordinator.id, { role: 'coordinator' });
	await addGroupMember(group, people.member.id);
	return { ...people, group, groupCoordinator: { ...groupCoordinator, actor: await actorOf(groupCoordinator.id) } };
}

const count = (groupId: string) => db().$count(groupPictures, eq(groupPictures.groupId, groupId));

describe('group pictures', () => {
	it('a group coordinator adds a picture members see, with its description, in the list and on the page', async () => {
		const { network, member, group, groupCoordinator } = await world();
		const scope = { networkId: network.id, groupId: group.id };
		await setGroupPicture({ actor: groupCoordinator.actor, ...scope, bytes: jpeg(), alt: 'Une table de cuisine' });
		const seen = await getGroupPicture({ actor: member.actor, ...scope });
		expect(seen.contentType).toBe('image/jpeg');
		expect(new Uint8Array(seen.bytes)).toEqual(jpeg());
		const [row] = await db().select().from(groupPictures).where(eq(groupPictures.groupId, group.id));
		expect(row.updatedByAccountId).toBe(groupCoordinator.id);
		expect((await getGroup({ actor: member.actor, ...scope })).picture).toMatchObject({ alt: 'Une table de cuisine' });
		const [listed] = await listGroups({ actor: member.actor, networkId: network.id });
		expect(listed).toMatchObject({ id: group.id, pictureAlt: 'Une table de cuisine' });
		expect(listed.pictureUpdatedAt).toBeInstanceOf(Date);
	});

	it('a network coordinator replaces it (decorative: empty description), changes the description alone, and removes it', async () => {
		const { network, member, coordinator, group, groupCoordinator } = await world();
		const scope = { networkId: network.id, groupId: group.id };
		await setGroupPicture({ actor: groupCoordinator.actor, ...scope, bytes: jpeg(), alt: 'Une table' });
		await setGroupPicture({ actor: coordinator.actor, ...scope, bytes: png, alt: '' });
		expect((await getGroupPicture({ actor: member.actor, ...scope })).contentType).toBe('image/png');
		expect((await getGroup({ actor: member.actor, ...scope })).picture?.alt).toBe('');
		// No new file: only the description changes.
		await setGroupPicture({ actor: coordinator.actor, ...scope, bytes: new Uint8Array(), alt: 'Des légumes' });
		expect((await getGroup({ actor: member.actor, ...scope })).picture?.alt).toBe('Des légumes');
		expect((await getGroupPicture({ actor: member.actor, ...scope })).contentType).toBe('image/png');

		await removeGroupPicture({ actor: coordinator.actor, ...scope });
		expect(await count(group.id)).toBe(0);
		await expect(getGroupPicture({ actor: member.actor, ...scope })).rejects.toMatchObject({ code: 'not_found' });
		expect((await getGroup({ actor: member.actor, ...scope })).picture).toBeNull();
		const [listed] = await listGroups({ actor: member.actor, networkId: network.id });
		expect(listed.pictureUpdatedAt).toBeNull();
	});

	it('is refused to a plain member, a visitor and another network’s coordinator; nothing changes', async () => {
		const { network, member, group, groupCoordinator } = await world();
		const other = await createNetworkWithPeople();
		const scope = { networkId: network.id, groupId: group.id };
		await setGroupPicture({ actor: groupCoordinator.actor, ...scope, bytes: jpeg(), alt: 'Une table' });
		const outsider = await actorOf((await createMember(network.id)).id);
		for (const [actor, code] of [
			[member.actor, 'forbidden'],
			[outsider, 'forbidden'],
			[other.coordinator.actor, 'not_member'],
			[null, 'not_logged_in']
		] as const) {
			await expect(setGroupPicture({ actor, ...scope, bytes: png, alt: 'Autre' })).rejects.toMatchObject({ code });
			await expect(removeGroupPicture({ actor, ...scope })).rejects.toMatchObject({ code });
		}
		// Another network's coordinator, in their own network, does not reach this group either.
		await expect(
			setGroupPicture({
				actor: other.coordinator.actor,
				networkId: other.network.id,
				groupId: group.id,
				bytes: png,
				alt: ''
			})
		).rejects.toMatchObject({ code: 'not_found' });
		const [row] = await db().select().from(groupPictures).where(eq(groupPictures.groupId, group.id));
		expect(row).toMatchObject({ contentType: 'image/jpeg', alt: 'Une table' });
	});

	it.each([
		['an empty file when the group has no picture', new Uint8Array(), 'photo_missing'],
		['a file that is not an image', new TextEncoder().encode('<svg onload="alert(1)"></svg>'), 'photo_not_image'],
		['a picture over 1 MB', jpeg(1_000_001), 'photo_too_big']
	])('refuses %s on the picture field and keeps nothing', async (_what, bytes, code) => {
		const { network, group, groupCoordinator } = await world();
		await expect(
			setGroupPicture({ actor: groupCoordinator.actor, networkId: network.id, groupId: group.id, bytes, alt: '' })
		).rejects.toMatchObject({ code, field: 'picture' });
		expect(await count(group.id)).toBe(0);
	});

	it('keeps the current picture when a bad file replaces it, and refuses a description too long', async () => {
		const { network, group, groupCoordinator } = await world();
		const scope = { actor: groupCoordinator.actor, networkId: network.id, groupId: group.id };
		await setGroupPicture({ ...scope, bytes: jpeg(), alt: 'Une table' });
		await expect(
			setGroupPicture({ ...scope, bytes: new TextEncoder().encode('GIF89a'), alt: '' })
		).rejects.toMatchObject({ code: 'photo_not_image' });
		await expect(setGroupPicture({ ...scope, bytes: png, alt: 'x'.repeat(251) })).rejects.toMatchObject({
			code: 'invalid_input',
			field: 'alt'
		});
		const [row] = await db().select().from(groupPictures).where(eq(groupPictures.groupId, group.id));
		expect(row).toMatchObject({ contentType: 'image/jpeg', alt: 'Une table' });
	});

	it('the database refuses what is not an image type, too big, or tied to another network’s group', async () => {
		const { network, group } = await world();
		const other = await createNetworkWithPeople();
		const insert = (values: Partial<typeof groupPictures.$inferInsert>) =>
			db()
				.insert(groupPictures)
				.values({
					networkId: network.id,
					groupId: group.id,
					contentType: 'image/png',
					bytes: Buffer.from(png),
					...values
				});
		await expect(insert({ contentType: 'image/svg+xml' })).rejects.toThrow();
		await expect(insert({ bytes: Buffer.from(jpeg(1_000_001)) })).rejects.toThrow();
		await expect(insert({ networkId: other.network.id })).rejects.toThrow();
		expect(await count(group.id)).toBe(0);
	});

	it('is served to the members of the network only', async () => {
		const { network, group, groupCoordinator, coordinator } = await world();
		const other = await createNetworkWithPeople();
		const scope = { networkId: network.id, groupId: group.id };
		await setGroupPicture({ actor: groupCoordinator.actor, ...scope, bytes: jpeg(), alt: '' });
		// A member of the network who is not in the group sees it (the group page is open to the network).
		expect((await getGroupPicture({ actor: coordinator.actor, ...scope })).contentType).toBe('image/jpeg');
		const notInGroup = await actorOf((await createMember(network.id)).id);
		expect((await getGroupPicture({ actor: notInGroup, ...scope })).contentType).toBe('image/jpeg');
		await expect(getGroupPicture({ actor: null, ...scope })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(getGroupPicture({ actor: other.member.actor, ...scope })).rejects.toMatchObject({
			code: 'not_member'
		});
		await expect(
			getGroupPicture({ actor: other.member.actor, networkId: other.network.id, groupId: group.id })
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
