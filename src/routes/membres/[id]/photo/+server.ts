import { getProfilePhoto } from '#lib/server/profiles/profile-photo.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	guard(event, async () => {
		const photo = await getProfilePhoto({
			actor: event.locals.actor,
			networkId: currentNetworkId(event.locals),
			accountId: event.params.id
		});
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
