import { redirect } from '@sveltejs/kit';
import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { getVenue } from '#lib/server/venues/get-venue.ts';
import { updateVenue } from '#lib/server/venues/update-venue.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { venueInput } from '#lib/validation/venues.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		requireCoordinator(event.locals.actor, networkId);
		return { venue: await getVenue({ actor: event.locals.actor, networkId, venueId: event.params.id }) };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, venueInput, async (input) => {
			await updateVenue({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				venueId: event.params.id,
				...input
			});
			redirect(303, '/coordination/lieux?fait=enregistre');
		})
};
