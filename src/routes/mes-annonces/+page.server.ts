import { listMyPosts } from '#lib/server/posts/list-my-posts.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { postListQuery } from '#lib/validation/posts.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { page } = handleQuery(event, postListQuery);
		return { list: await listMyPosts({ ...scopeOf(event), page }) };
	});
