import { getItemPhoto } from '#lib/server/library/item-photo.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

// An item's photo (decision 030), for the network's members, like a group's picture.
export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const photo = await getItemPhoto({ ...scopeOf(event), resourceId: event.params.id });
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
