import { isCoordinator } from '#lib/server/auth/policies.ts';
import { listGroups } from '#lib/server/groups/list-groups.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		const groups = await listGroups({ actor: event.locals.actor, networkId });
		return { groups, canCreate: isCoordinator(event.locals.actor, networkId) };
	});
