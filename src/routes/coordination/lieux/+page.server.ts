import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { archiveVenue } from '#lib/server/venues/archive-venue.ts';
import { listVenues } from '#lib/server/venues/list-venues.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { venueIdInput } from '#lib/validation/venues.ts';
import type { Actions, PageServerLoad } from './$types';

// After a redirect, ?fait=… says what was just done (no state change, just the sentence to show).
const DONE = ['enregistre'] as const;

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		requireCoordinator(event.locals.actor, networkId);
		const venues = await listVenues({ actor: event.locals.actor, networkId, withArchived: true });
		const done = DONE.find((d) => d === event.url.searchParams.get('fait'));
		return {
			inUse: venues.filter((v) => v.archivedAt === null),
			archived: venues.filter((v) => v.archivedAt !== null),
			done
		};
	});

export const actions: Actions = {
	archive: (event) =>
		handleForm(event, venueIdInput, async (input) => {
			const networkId = currentNetworkId(event.locals);
			await archiveVenue({ actor: event.locals.actor, networkId, venueId: input.venueId, archived: true });
			return { archived: true };
		}),
	unarchive: (event) =>
		handleForm(event, venueIdInput, async (input) => {
			const networkId = currentNetworkId(event.locals);
			await archiveVenue({ actor: event.locals.actor, networkId, venueId: input.venueId, archived: false });
			return { unarchived: true };
		})
};
