import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { profilePhotos } from '../db/schema/index.ts';
import { getProfile } from './get-profile.ts';
import { getProfilePhoto, imageTypeOf, removeProfilePhoto, setProfilePhoto } from './profile-photo.ts';

const jpeg = (size = 64) => Uint8Array.from({ length: size }, (_, i) => [0xff, 0xd8, 0xff, 0xe0][i] ?? i % 251);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const webp = new Uint8Array([...new TextEncoder().encode('RIFF'), 1, 2, 3, 4, ...new TextEncoder().encode('WEBPVP8 ')]);

describe('profile photos', () => {
	it('recognises JPEG, PNG and WebP by their first bytes only', () => {
		expect(imageTypeOf(jpeg())).toBe('image/jpeg');
		expect(imageTypeOf(png)).toBe('image/png');
		expect(imageTypeOf(webp)).toBe('image/webp');
		expect(imageTypeOf(new TextEncoder().encode('<svg onload="alert(1)"></svg>'))).toBeUndefined();
	});

	it('a member adds a photo the other members see, replaces it, and removes it', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		await setProfilePhoto({ actor: member.actor, networkId: network.id, accountId: member.id, bytes: jpeg() });
		const seen = await getProfilePhoto({ actor: coordinator.actor, networkId: network.id, accountId: member.id });
		expect(seen.contentType).toBe('image/jpeg');
		expect(new Uint8Array(seen.bytes)).toEqual(jpeg());
		expect((await getProfile({ actor: coordinator.actor, networkId: network.id, accountId: member.id })).hasPhoto).toBe(
			true
		);
		await setProfilePhoto({ actor: member.actor, networkId: network.id, accountId: member.id, bytes: png });
		expect(
			(await getProfilePhoto({ actor: member.actor, networkId: network.id, accountId: member.id })).contentType
		).toBe('image/png');
		await removeProfilePhoto({ actor: member.actor, networkId: network.id, accountId: member.id });
		await expect(
			getProfilePhoto({ actor: member.actor, networkId: network.id, accountId: member.id })
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it.each([
		['an empty file', new Uint8Array(), 'photo_missing'],
		['a file that is not an image', new TextEncoder().encode('<script>alert(1)</script>'), 'photo_not_image'],
		['a photo over 1 MB', jpeg(1_000_001), 'photo_too_big']
	])('refuses %s on the photo field and keeps nothing', async (_what, bytes, code) => {
		const { network, member } = await createNetworkWithPeople();
		await expect(
			setProfilePhoto({ actor: member.actor, networkId: network.id, accountId: member.id, bytes })
		).rejects.toMatchObject({ code, field: 'photo' });
		expect(await db().$count(profilePhotos, eq(profilePhotos.accountId, member.id))).toBe(0);
	});

	it('is set by the member or, for a member without email, a coordinator; seen by members of the network only', async () => {
		const { network, member, coordinator } = await createNetworkWithPeople();
		const gerard = await createMember(network.id, { email: null });
		const other = await createNetworkWithPeople();
		await setProfilePhoto({ actor: coordinator.actor, networkId: network.id, accountId: gerard.id, bytes: jpeg() });
		const [row] = await db().select().from(profilePhotos).where(eq(profilePhotos.accountId, gerard.id));
		expect(row.updatedByAccountId).toBe(coordinator.id);

		const neighbour = await actorOf((await createMember(network.id)).id);
		// Setting someone else's photo: another member, a coordinator for a member who has an email, another
		// network's coordinator, a visitor.
		for (const [actor, code] of [
			[neighbour, 'forbidden'],
			[coordinator.actor, 'forbidden'],
			[other.coordinator.actor, 'not_member'],
			[null, 'not_logged_in']
		] as const) {
			await expect(
				setProfilePhoto({ actor, networkId: network.id, accountId: member.id, bytes: jpeg() })
			).rejects.toMatchObject({ code });
		}
		// Removing Gérard's photo: refused to his neighbour and to outsiders; it stays.
		for (const [actor, code] of [
			[neighbour, 'forbidden'],
			[other.coordinator.actor, 'not_member'],
			[null, 'not_logged_in']
		] as const) {
			await expect(removeProfilePhoto({ actor, networkId: network.id, accountId: gerard.id })).rejects.toMatchObject({
				code
			});
		}
		// Seeing it: members of this network only.
		expect((await getProfilePhoto({ actor: neighbour, networkId: network.id, accountId: gerard.id })).contentType).toBe(
			'image/jpeg'
		);
		await expect(
			getProfilePhoto({ actor: other.member.actor, networkId: network.id, accountId: gerard.id })
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(getProfilePhoto({ actor: null, networkId: network.id, accountId: gerard.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		expect(await db().$count(profilePhotos, eq(profilePhotos.accountId, member.id))).toBe(0);
	});
});
