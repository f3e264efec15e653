// An item's optional photo (decision 030), like a group's picture (decision 021): JPEG, PNG or WebP up to 1 MB
// (images/image-type.ts), with a text alternative; set or removed by the front desk, shown to those who may see
// the item.
import { and, eq } from 'drizzle-orm';
import { isCoordinator, requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { libraryItemPhotos } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { checkImage } from '../images/image-type.ts';
import { PICTURE_MAX_BYTES } from '../../limits.ts';
import { findItem } from './item-access.ts';

type Options = { actor: Actor | null; networkId: string; resourceId: string };

async function deskItemOf(options: Options) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const item = await findItem(db(), options.networkId, options.resourceId);
	if (!item) throw new AppError('not_found');
	return { actor, item };
}

/** Adds or replaces the photo; without a new file, only the text alternative of the current photo changes. */
export async function setItemPhoto(options: Options & { bytes: Uint8Array; alt: string }) {
	const { actor, item } = await deskItemOf(options);
	const where = and(eq(libraryItemPhotos.networkId, options.networkId), eq(libraryItemPhotos.resourceId, item.id));
	if (options.bytes.length === 0) {
		const updated = await db()
			.update(libraryItemPhotos)
			.set({ alt: options.alt, updatedAt: now(), updatedByAccountId: actor.accountId })
			.where(where)
			.returning({ id: libraryItemPhotos.resourceId });
		if (updated.length === 0) throw new AppError('photo_missing', 'photo');
		return;
	}
	const contentType = checkImage(options.bytes, PICTURE_MAX_BYTES, 'photo');
	const values = {
		contentType,
		bytes: Buffer.from(options.bytes),
		alt: options.alt,
		updatedAt: now(),
		updatedByAccountId: actor.accountId
	};
	await db()
		.insert(libraryItemPhotos)
		.values({ networkId: options.networkId, resourceId: item.id, ...values })
		.onConflictDoUpdate({ target: libraryItemPhotos.resourceId, set: values });
}

export async function removeItemPhoto(options: Options) {
	const { item } = await deskItemOf(options);
	await db()
		.delete(libraryItemPhotos)
		.where(and(eq(libraryItemPhotos.networkId, options.networkId), eq(libraryItemPhotos.resourceId, item.id)));
}

/** The photo's text alternative and date, without the bytes (for pages); null when the item has none. */
export async function itemPhotoInfo(networkId: string, resourceId: string) {
	const [row] = await db()
		.select({ alt: libraryItemPhotos.alt, updatedAt: libraryItemPhotos.updatedAt })
		.from(libraryItemPhotos)
		.where(and(eq(libraryItemPhotos.networkId, networkId), eq(libraryItemPhotos.resourceId, resourceId)));
	return row ?? null;
}

/** The photo of an item the member may see; `not_found` otherwise or when it has none. */
export async function getItemPhoto(options: Options) {
	const actor = requireMember(options.actor, options.networkId);
	const item = await findItem(db(), options.networkId, options.resourceId);
	if (!item || (item.audience === 'coordinators' && !isCoordinator(actor, options.networkId))) {
		throw new AppError('not_found');
	}
	const [photo] = await db()
		.select({
			contentType: libraryItemPhotos.contentType,
			bytes: libraryItemPhotos.bytes,
			updatedAt: libraryItemPhotos.updatedAt
		})
		.from(libraryItemPhotos)
		.where(and(eq(libraryItemPhotos.networkId, options.networkId), eq(libraryItemPhotos.resourceId, item.id)));
	if (!photo) throw new AppError('not_found');
	return { ...photo, bytes: Buffer.from(photo.bytes) };
}
