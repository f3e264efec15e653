import { PAGE_SIZE, search } from '#lib/server/search/search.ts';
import { searchBesidePosts } from '#lib/server/search/search-beside-posts.ts';
import { searchOptions } from '#lib/server/search/search-options.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { SEARCH_TYPES, searchParams } from '#lib/validation/search.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		const params = handleQuery(event, searchParams);
		const narrowed = Boolean(params.type || params.theme || params.format || params.quartier) || params.page > 1;
		const [options, result, beside] = await Promise.all([
			searchOptions(scope),
			search({
				...scope,
				query: params.q,
				filters: {
					kind: params.type ? SEARCH_TYPES[params.type] : undefined,
					themeId: params.theme,
					format: params.format,
					neighbourhood: params.quartier
				},
				page: params.page
			}),
			searchBesidePosts({ ...scope, query: params.q, narrowed })
		]);
		return { params, options, result, beside, pageSize: PAGE_SIZE };
	});
