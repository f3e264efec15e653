import { getVenue } from '#lib/server/venues/get-venue.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { PageServerLoad } from './$types';

// A venue's page for the network's members, door code included (decision 021).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		venue: await getVenue({
			actor: event.locals.actor,
			networkId: currentNetworkId(event.locals),
			venueId: event.params.id
		})
	}));
