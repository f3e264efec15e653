import { listPosts } from '#lib/server/posts/list-posts.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { postListQuery } from '#lib/validation/posts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		const query = handleQuery(event, postListQuery);
		const list = await listPosts({ ...scope, kind: query.type, themeId: query.theme, page: query.page });
		const themes = await listThemes(scope);
		return { list, themes, filter: { kind: query.type, themeId: query.theme } };
	});
