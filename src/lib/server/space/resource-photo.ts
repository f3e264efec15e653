// A resource's optional photo (decision 029, « Photos »): JPEG, PNG or WebP up to 1 MB like a group picture (the
// same checks, images/image-type.ts: the type by the first bytes, never the name), with a text alternative; set
// by coordinators, shown to the members of the network only.
import { and, eq } from 'drizzle-orm';
import { requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { spaceResourcePhotos } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { checkImage } from '../images/image-type.ts';
import { MAX_LENGTH, PICTURE_MAX_BYTES } from '../../limits.ts';
import { findResource } from './resource-access.ts';

async function requireResource(networkId: string, resourceId: string) {
	const resource = await findResource(db(), networkId, resourceId);
	if (!resource) throw new AppError('not_found');
	return resource;
}

/**
 * A coordinator adds or replaces the photo and its text alternative (empty: decorative). Without a new file,
 * only the text alternative of the current photo changes.
 */
export async function setResourcePhoto(options: {
	actor: Actor | null;
	networkId: string;
	resourceId: string;
	bytes: Uint8Array;
	alt: string;
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const resource = await requireResource(options.networkId, options.resourceId);
	if (options.alt.length > MAX_LENGTH.groupPictureAlt) throw new AppError('invalid_input', 'alt');
	const where = and(
		eq(spaceResourcePhotos.networkId, options.networkId),
		eq(spaceResourcePhotos.resourceId, resource.id)
	);
	if (options.bytes.length === 0) {
		const updated = await db()
			.update(spaceResourcePhotos)
			.set({ alt: options.alt, updatedAt: now(), updatedByAccountId: actor.accountId })
			.where(where)
			.returning({ resourceId: spaceResourcePhotos.resourceId });
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
		.insert(spaceResourcePhotos)
		.values({ networkId: options.networkId, resourceId: resource.id, ...values })
		.onConflictDoUpdate({ target: spaceResourcePhotos.resourceId, set: values });
}

export async function removeResourcePhoto(options: { actor: Actor | null; networkId: string; resourceId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const resource = await requireResource(options.networkId, options.resourceId);
	await db()
		.delete(spaceResourcePhotos)
		.where(and(eq(spaceResourcePhotos.networkId, options.networkId), eq(spaceResourcePhotos.resourceId, resource.id)));
}

/** The photo's text alternative and date, without the bytes (for pages); null when the resource has none. */
export async function resourcePhotoInfo(networkId: string, resourceId: string) {
	const [row] = await db()
		.select({ alt: spaceResourcePhotos.alt, updatedAt: spaceResourcePhotos.updatedAt })
		.from(spaceResourcePhotos)
		.where(and(eq(spaceResourcePhotos.networkId, networkId), eq(spaceResourcePhotos.resourceId, resourceId)));
	return row ?? null;
}

/** The photo of a resource of the network, for its members; `not_found` when there is none. */
export async function getResourcePhoto(options: { actor: Actor | null; networkId: string; resourceId: string }) {
	requireMember(options.actor, options.networkId);
	const resource = await requireResource(options.networkId, options.resourceId);
	const [photo] = await db()
		.select({
			contentType: spaceResourcePhotos.contentType,
			bytes: spaceResourcePhotos.bytes,
			updatedAt: spaceResourcePhotos.updatedAt
		})
		.from(spaceResourcePhotos)
		.where(and(eq(spaceResourcePhotos.networkId, options.networkId), eq(spaceResourcePhotos.resourceId, resource.id)));
	if (!photo) throw new AppError('not_found');
	return { ...photo, bytes: Buffer.from(photo.bytes) };
}

/** The photo page of the coordination space: the resource's name and its photo, if any. */
export async function resourcePhotoPage(options: { actor: Actor | null; networkId: string; resourceId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const resource = await requireResource(options.networkId, options.resourceId);
	return {
		resource: { id: resource.id, name: resource.name },
		photo: await resourcePhotoInfo(options.networkId, resource.id)
	};
}
