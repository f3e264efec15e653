// A resource's photo (decision 029, « Photos »): set by coordinators, seen by the network's members on the grid,
// checked by its first bytes like a group picture; someone else's network or a plain member changes nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { spaceWorld } from '../../../../tests/space-world.ts';
import { db } from '../db/client.ts';
import { spaceResourcePhotos } from '../db/schema/index.ts';
import { listWeekGrid } from './list-week-grid.ts';
import { getResourcePhoto, removeResourcePhoto, resourcePhotoPage, setResourcePhoto } from './resource-photo.ts';

const jpeg = (size = 64) => Uint8Array.from({ length: size }, (_, i) => [0xff, 0xd8, 0xff, 0xe0][i] ?? i % 251);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const photos = (resourceId: string) => db().$count(spaceResourcePhotos, eq(spaceResourcePhotos.resourceId, resourceId));

describe('resource photos', () => {
	it('a coordinator adds a photo members see on the grid; replaces it, changes its description alone, removes it', async () => {
		const w = await spaceWorld();
		const where = { networkId: w.networkId, resourceId: w.station.id };
		const coordinator = { actor: w.coordinator.actor, ...where };
		await setResourcePhoto({ ...coordinator, bytes: jpeg(), alt: 'Un ordinateur et une imprimante' });
		const seen = await getResourcePhoto({ actor: w.member.actor, ...where });
		expect(seen.contentType).toBe('image/jpeg');
		expect(new Uint8Array(seen.bytes)).toEqual(jpeg());
		expect((await listWeekGrid({ actor: w.member.actor, ...where })).photo).toMatchObject({
			alt: 'Un ordinateur et une imprimante'
		});
		await setResourcePhoto({ ...coordinator, bytes: png, alt: '' });
		await setResourcePhoto({ ...coordinator, bytes: new Uint8Array(), alt: 'Le poste 2' });
		expect((await getResourcePhoto({ actor: w.member.actor, ...where })).contentType).toBe('image/png');
		expect((await resourcePhotoPage(coordinator)).photo?.alt).toBe('Le poste 2');
		await removeResourcePhoto(coordinator);
		expect(await photos(w.station.id)).toBe(0);
		expect((await listWeekGrid({ actor: w.member.actor, ...where })).photo).toBeNull();
		await expect(getResourcePhoto({ actor: w.member.actor, ...where })).rejects.toMatchObject({ code: 'not_found' });
	});

	it('refuses what is not a picture, too big, or no file at all, with the sentence next to the field', async () => {
		const w = await spaceWorld();
		const coordinator = { actor: w.coordinator.actor, networkId: w.networkId, resourceId: w.station.id };
		const text = new TextEncoder().encode('<html>pas une image</html>');
		await expect(setResourcePhoto({ ...coordinator, bytes: text, alt: '' })).rejects.toMatchObject({
			code: 'photo_not_image',
			field: 'photo'
		});
		await expect(setResourcePhoto({ ...coordinator, bytes: jpeg(1_000_001), alt: '' })).rejects.toMatchObject({
			code: 'photo_too_big'
		});
		await expect(setResourcePhoto({ ...coordinator, bytes: new Uint8Array(), alt: 'x' })).rejects.toMatchObject({
			code: 'photo_missing'
		});
		expect(await photos(w.station.id)).toBe(0);
	});

	it('is the network coordinators’ to change and its members’ to see', async () => {
		const w = await spaceWorld();
		const where = { networkId: w.networkId, resourceId: w.station.id };
		await setResourcePhoto({ actor: w.coordinator.actor, ...where, bytes: jpeg(), alt: '' });
		const other = await spaceWorld();
		const attempts: [() => Promise<unknown>, string][] = [
			[() => setResourcePhoto({ actor: null, ...where, bytes: png, alt: '' }), 'not_logged_in'],
			[() => setResourcePhoto({ actor: w.member.actor, ...where, bytes: png, alt: '' }), 'forbidden'],
			[() => removeResourcePhoto({ actor: w.member.actor, ...where }), 'forbidden'],
			[() => getResourcePhoto({ actor: null, ...where }), 'not_logged_in'],
			[() => getResourcePhoto({ actor: other.member.actor, ...where }), 'not_member'],
			// Another network's coordinator, in their own network: that resource is not there.
			[
				() =>
					setResourcePhoto({
						actor: other.coordinator.actor,
						networkId: other.networkId,
						resourceId: w.station.id,
						bytes: png,
						alt: ''
					}),
				'not_found'
			],
			[
				() => getResourcePhoto({ actor: other.member.actor, networkId: other.networkId, resourceId: w.station.id }),
				'not_found'
			]
		];
		for (const [attempt, code] of attempts) await expect(attempt()).rejects.toMatchObject({ code });
		expect((await getResourcePhoto({ actor: w.member.actor, ...where })).contentType).toBe('image/jpeg');
	});
});
