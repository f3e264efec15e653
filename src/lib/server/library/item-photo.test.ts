// An item's photo (decision 030): set, described and removed by the front desk, read by members who may see the
// item; wrong files and wrong people refused with nothing written.
import { describe, expect, it } from 'vitest';
import { libraryWorld } from '../../../../tests/library-world.ts';
import { getItemPhoto, itemPhotoInfo, removeItemPhoto, setItemPhoto } from './item-photo.ts';
import { itemPage } from './item-page.ts';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('item photos', () => {
	it('lets the desk set, describe and remove it, and members see it', async () => {
		const world = await libraryWorld({}, 1);
		const member = { actor: world.people[0].actor, networkId: world.networkId, resourceId: world.item.id };
		const desk = { ...world.desk, resourceId: world.item.id };
		await expect(setItemPhoto({ ...desk, bytes: new Uint8Array(), alt: '' })).rejects.toMatchObject({
			code: 'photo_missing',
			field: 'photo'
		});
		await expect(setItemPhoto({ ...desk, bytes: Uint8Array.from([1, 2, 3]), alt: '' })).rejects.toMatchObject({
			code: 'photo_not_image'
		});
		await expect(setItemPhoto({ ...member, bytes: png, alt: '' })).rejects.toMatchObject({ code: 'forbidden' });
		expect(await itemPhotoInfo(world.networkId, world.item.id)).toBeNull();

		await setItemPhoto({ ...desk, bytes: png, alt: 'Perceuse bleue dans sa mallette' });
		const photo = await getItemPhoto(member);
		expect(photo.contentType).toBe('image/png');
		expect([...photo.bytes]).toEqual([...png]);
		await setItemPhoto({ ...desk, bytes: new Uint8Array(), alt: 'Perceuse bleue' });
		expect((await itemPage(member)).photo).toMatchObject({ alt: 'Perceuse bleue' });

		const other = await libraryWorld({}, 0);
		await expect(getItemPhoto({ ...member, actor: other.member.actor })).rejects.toMatchObject({
			code: 'not_member'
		});
		await expect(getItemPhoto({ ...other.desk, resourceId: world.item.id })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(setItemPhoto({ ...other.desk, resourceId: world.item.id, bytes: png, alt: '' })).rejects.toMatchObject(
			{ code: 'not_found' }
		);
		await expect(removeItemPhoto(member)).rejects.toMatchObject({ code: 'forbidden' });
		await removeItemPhoto(desk);
		await expect(getItemPhoto(member)).rejects.toMatchObject({ code: 'not_found' });
	});
});
