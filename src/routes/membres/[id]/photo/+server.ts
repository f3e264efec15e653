import { getProfilePhoto } from '#lib/server/profiles/profile-photo.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const photo = await getProfilePhoto({ ...scopeOf(event), accountId: event.params.id });
		return new Response(new Uint8Array(photo.bytes), {
			headers: {
				'content-type': photo.contentType,
				'content-length': String(photo.bytes.length),
				// Members only: never in a shared cache; the browser may keep it an hour.
				'cache-control': 'private, max-age=3600',
				'x-content-type-options': 'nosniff',
				'last-modified': photo.updatedAt.toUTCString()
			}
		});
	});
