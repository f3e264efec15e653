import { isCoordinator } from '#lib/server/auth/policies.ts';
import { listAgenda } from '#lib/server/events/list-agenda.ts';
import { listGroups } from '#lib/server/groups/list-groups.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import { parseAgendaQuery } from '#lib/validation/events.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = { actor: event.locals.actor, networkId: currentNetworkId(event.locals) };
		const query = parseAgendaQuery(event.url);
		const [agenda, groups] = await Promise.all([
			listAgenda({ ...scope, groupId: query.groupe, kind: query.type }),
			listGroups(scope)
		]);
		return {
			agenda,
			groups: groups.map((g) => ({ id: g.id, name: g.name })),
			query,
			canCreate: isCoordinator(scope.actor, scope.networkId)
		};
	});
