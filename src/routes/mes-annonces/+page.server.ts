import { listMyPosts } from '#lib/server/posts/list-my-posts.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import { parseListQuery } from '#lib/validation/posts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { page } = parseListQuery(event.url);
		return {
			list: await listMyPosts({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), page })
		};
	});
