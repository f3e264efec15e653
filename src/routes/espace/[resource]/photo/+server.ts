import { getResourcePhoto } from '#lib/server/space/resource-photo.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

// A resource's photo (decision 029), for the network's members.
export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const photo = await getResourcePhoto({ ...scopeOf(event), resourceId: event.params.resource });
		return new Response(new Uint8Array(photo.bytes), {
			headers: {
				'content-type': photo.contentType,
				'content-length': String(photo.bytes.length),
				// Members only, like group pictures: never in a shared cache; the browser may keep it an hour.
				'cache-control': 'private, max-age=3600',
				'x-content-type-options': 'nosniff',
				'last-modified': photo.updatedAt.toUTCString()
			}
		});
	});
