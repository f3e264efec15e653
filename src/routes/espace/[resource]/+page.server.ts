import { listWeekGrid } from '#lib/server/space/list-week-grid.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { weekQuery } from '#lib/validation/space.ts';
import type { PageServerLoad } from './$types';

// A resource's week, today first: each free slot is a plain link to its confirmation (decision 029).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		grid: await listWeekGrid({
			...scopeOf(event),
			resourceId: event.params.resource,
			week: handleQuery(event, weekQuery).semaine || undefined
		})
	}));
