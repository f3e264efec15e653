import { AppError } from '#lib/server/errors.ts';
import { PAGE_SIZE, search } from '#lib/server/search/search.ts';
import { searchOptions } from '#lib/server/search/search-options.ts';
import { guard } from '#lib/server/web/guard.ts';
import { readSearchParams, SEARCH_TYPES } from '#lib/validation/search.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { actor, network } = event.locals;
		if (!network) throw new AppError(actor ? 'not_member' : 'not_logged_in');
		const params = readSearchParams(event.url);
		const [options, result] = await Promise.all([
			searchOptions({ actor, networkId: network.id }),
			search({
				actor,
				networkId: network.id,
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
