import { listResources } from '#lib/server/space/list-resources.ts';
import { listVenues } from '#lib/server/venues/list-venues.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// The coordinators' shared space: resources by venue, each venue's hours, the desk's pages (decision 029).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		resources: await listResources(scopeOf(event)),
		venues: await listVenues(scopeOf(event)),
		done: flashOf(event, ['enregistre'])
	}));
