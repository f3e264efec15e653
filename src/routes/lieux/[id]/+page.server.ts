import { getVenue } from '#lib/server/venues/get-venue.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// A venue's page for the network's members, door code included (decision 021).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ venue: await getVenue({ ...scopeOf(event), venueId: event.params.id }) }));
