import { listPosts } from '#lib/server/posts/list-posts.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import { parseListQuery } from '#lib/validation/posts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		const { actor } = event.locals;
		const query = parseListQuery(event.url);
		const list = await listPosts({ actor, networkId, kind: query.type, themeId: query.theme, page: query.page });
		const themes = await listThemes({ actor, networkId });
		return { list, themes, filter: { kind: query.type, themeId: query.theme } };
	});
