import { redirect } from '@sveltejs/kit';
import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { createVenue } from '#lib/server/venues/create-venue.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { venueInput } from '#lib/validation/venues.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		requireCoordinator(event.locals.actor, currentNetworkId(event.locals));
		return {};
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, venueInput, async (input) => {
			await createVenue({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), ...input });
			redirect(303, '/coordination/lieux?fait=enregistre');
		})
};
