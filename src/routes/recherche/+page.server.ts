import { PAGE_SIZE, search } from '#lib/server/search/search.ts';
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
		const [options, result] = await Promise.all([
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
			})
		]);
		return { params, options, result, pageSize: PAGE_SIZE };
	});
