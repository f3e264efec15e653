// A group's optional picture (decision 021): JPEG, PNG or WebP up to 1 MB like a profile photo (same checks,
// src/lib/server/images/image-type.ts), with a text alternative; set by the group's coordinators, shown to the
// members of the network only.
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { MAX_LENGTH, PICTURE_MAX_BYTES } from '../../limits.ts';
import { groupPictures } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { checkImage } from '../images/image-type.ts';
import { requireGroup, requireGroupCoordinator } from './group-access.ts';

/**
 * A group coordinator (or a network coordinator) adds or replaces the picture and its text alternative (empty:
 * decorative). Without a new file, only the text alternative of the current picture changes.
 */
export async function setGroupPicture(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	bytes: Uint8Array;
	alt: string;
}) {
	const { actor, group } = await requireGroupCoordinator(options);
	if (options.alt.length > MAX_LENGTH.groupPictureAlt) throw new AppError('invalid_input', 'alt');
	const where = and(eq(groupPictures.networkId, options.networkId), eq(groupPictures.groupId, group.id));
	if (options.bytes.length === 0) {
		const updated = await db()
			.update(groupPictures)
			.set({ alt: options.alt, updatedAt: now(), updatedByAccountId: actor.accountId })
			.where(where)
			.returning({ groupId: groupPictures.groupId });
		if (updated.length === 0) throw new AppError('photo_missing', 'picture');
		return;
	}
	const contentType = checkImage(options.bytes, PICTURE_MAX_BYTES, 'picture');
	const values = {
		contentType,
		bytes: Buffer.from(options.bytes),
		alt: options.alt,
		updatedAt: now(),
		updatedByAccountId: actor.accountId
	};
	await db()
		.insert(groupPictures)
		.values({ networkId: options.networkId, groupId: group.id, ...values })
		.onConflictDoUpdate({ target: groupPictures.groupId, set: values });
}

export async function removeGroupPicture(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const { group } = await requireGroupCoordinator(options);
	await db()
		.delete(groupPictures)
		.where(and(eq(groupPictures.networkId, options.networkId), eq(groupPictures.groupId, group.id)));
}

/** The picture's text alternative and date, without the bytes (for pages); null when the group has none. */
export async function groupPictureInfo(networkId: string, groupId: string) {
	const [row] = await db()
		.select({ alt: groupPictures.alt, updatedAt: groupPictures.updatedAt })
		.from(groupPictures)
		.where(and(eq(groupPictures.networkId, networkId), eq(groupPictures.groupId, groupId)));
	return row ?? null;
}

/** The picture of a group of the network, for its members; `not_found` when there is none. */
export async function getGroupPicture(options: { actor: Actor | null; networkId: string; groupId: string }) {
	const { group } = await requireGroup(options);
	const [picture] = await db()
		.select({ contentType: groupPictures.contentType, bytes: groupPictures.bytes, updatedAt: groupPictures.updatedAt })
		.from(groupPictures)
		.where(and(eq(groupPictures.networkId, options.networkId), eq(groupPictures.groupId, group.id)));
	if (!picture) throw new AppError('not_found');
	return { ...picture, bytes: Buffer.from(picture.bytes) };
}
