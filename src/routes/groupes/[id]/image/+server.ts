import { getGroupPicture } from '#lib/server/groups/group-picture.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const picture = await getGroupPicture({ ...scopeOf(event), groupId: event.params.id });
		return new Response(new Uint8Array(picture.bytes), {
			headers: {
				'content-type': picture.contentType,
				'content-length': String(picture.bytes.length),
				// Members only, like profile photos: never in a shared cache; the browser may keep it an hour.
				'cache-control': 'private, max-age=3600',
				'x-content-type-options': 'nosniff',
				'last-modified': picture.updatedAt.toUTCString()
			}
		});
	});
