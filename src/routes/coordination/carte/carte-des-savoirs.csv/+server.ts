import { skillsMapCsv } from '#lib/server/skills-map/map-csv.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { mapQuery } from '#lib/validation/skills-map.ts';
import type { RequestHandler } from './$types';

// The coordinators' map as a spreadsheet, with the page's filters (decision 034).
export const GET: RequestHandler = (event) =>
	guard(
		event,
		async () => {
			const { quartier, du, au } = handleQuery(event, mapQuery);
			const csv = await skillsMapCsv({
				...scopeOf(event),
				neighbourhood: quartier,
				from: du || undefined,
				to: au || undefined
			});
			return new Response(csv, {
				headers: {
					'content-type': 'text/csv; charset=utf-8',
					'content-disposition': 'attachment; filename="carte-des-savoirs.csv"',
					'cache-control': 'private, no-store'
				}
			});
		},
		{ redirect: false }
	);
