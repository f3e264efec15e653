// The optional profile photo: JPEG, PNG or WebP up to 1 MB, recognised by its first bytes (never by the name or
// the type the browser claims), kept in the database, shown to the members of the network only.
import { and, eq } from 'drizzle-orm';
import { requireMember, requireProfileEditor, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { PICTURE_MAX_BYTES } from '../../limits.ts';
import { profilePhotos } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { checkImage } from '../images/image-type.ts';
import { activeMemberOf } from './find-member.ts';

export { imageTypeOf } from '../images/image-type.ts';

export async function setProfilePhoto(options: {
	actor: Actor | null;
	networkId: string;
	accountId: string;
	bytes: Uint8Array;
}) {
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	const editor = requireProfileEditor(options.actor, options.networkId, member);
	const contentType = checkImage(options.bytes, PICTURE_MAX_BYTES, 'photo');
	const values = {
		contentType,
		bytes: Buffer.from(options.bytes),
		updatedAt: now(),
		updatedByAccountId: editor.accountId
	};
	await db()
		.insert(profilePhotos)
		.values({ networkId: options.networkId, accountId: member.accountId, ...values })
		.onConflictDoUpdate({ target: [profilePhotos.networkId, profilePhotos.accountId], set: values });
}

export async function removeProfilePhoto(options: { actor: Actor | null; networkId: string; accountId: string }) {
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	requireProfileEditor(options.actor, options.networkId, member);
	await db()
		.delete(profilePhotos)
		.where(and(eq(profilePhotos.networkId, options.networkId), eq(profilePhotos.accountId, member.accountId)));
}

/** The photo of an active member of the network, for its members; `not_found` when there is none. */
export async function getProfilePhoto(options: { actor: Actor | null; networkId: string; accountId: string }) {
	requireMember(options.actor, options.networkId);
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	const [photo] = await db()
		.select({ contentType: profilePhotos.contentType, bytes: profilePhotos.bytes, updatedAt: profilePhotos.updatedAt })
		.from(profilePhotos)
		.where(and(eq(profilePhotos.networkId, options.networkId), eq(profilePhotos.accountId, member.accountId)));
	if (!photo) throw new AppError('not_found');
	return { ...photo, bytes: Buffer.from(photo.bytes) };
}
