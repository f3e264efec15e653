import { listUnansweredRequests } from '#lib/server/introductions/list-unanswered.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		requests: await listUnansweredRequests({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) })
	}));
