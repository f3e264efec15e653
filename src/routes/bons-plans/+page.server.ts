import { listTips } from '#lib/server/tips/list-tips.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { tipListQuery } from '#lib/validation/tips.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const query = handleQuery(event, tipListQuery);
		const list = await listTips({ ...scopeOf(event), theme: query.theme, page: query.page });
		return { list, theme: query.theme };
	});
