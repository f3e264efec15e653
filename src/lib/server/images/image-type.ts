// Uploaded pictures (profile photos, group pictures): JPEG, PNG or WebP only, recognised by their first bytes
// (never by the file name or the type the browser claims). The database checks the type and size again.
import { AppError } from '../errors.ts';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

export function imageTypeOf(bytes: Uint8Array): ImageType | undefined {
	const starts = (signature: number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
	if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
	return undefined;
}

/**
 * The type of an uploaded picture, or AppError on `field`: `photo_missing` (empty), `photo_too_big`,
 * `photo_not_image`.
 */
export function checkImage(bytes: Uint8Array, maxBytes: number, field: string): ImageType {
	if (bytes.length === 0) throw new AppError('photo_missing', field);
	if (bytes.length > maxBytes) {
		// The sentence says the limit in megabytes (« 1 Mo au plus »).
		throw new AppError('photo_too_big', field, { max: String(maxBytes / 1_000_000) });
	}
	const contentType = imageTypeOf(bytes);
	if (!contentType) throw new AppError('photo_not_image', field);
	return contentType;
}
