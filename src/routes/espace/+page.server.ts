import { listSpace } from '#lib/server/space/list-space.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { spaceListQuery } from '#lib/validation/space.ts';
import type { PageServerLoad } from './$types';

// The rooms and computer stations members can book, by venue (decision 029); `?type=station` the stations only.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { type } = handleQuery(event, spaceListQuery);
		return { venues: await listSpace({ ...scopeOf(event), kind: type }), type };
	});
