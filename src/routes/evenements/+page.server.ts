import { agendaPage } from '#lib/server/events/agenda-page.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { agendaQuery } from '#lib/validation/events.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const query = handleQuery(event, agendaQuery);
		return {
			...(await agendaPage({ ...scopeOf(event), groupId: query.groupe, kind: query.type, page: query.page })),
			query
		};
	});
