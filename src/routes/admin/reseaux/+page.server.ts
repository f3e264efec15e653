import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { createNetworkWithCoordinator } from '#lib/server/networks/create-network-with-coordinator.ts';
import { listInstanceNetworks } from '#lib/server/networks/instance-networks.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { createNetworkInput } from '#lib/validation/admin-networks.ts';
import type { Actions, PageServerLoad } from './$types';

// The instance administrator's networks (decision 007): the list, and a new network with its first coordinator.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		networks: await listInstanceNetworks({ actor: event.locals.actor }),
		// After a deletion (/admin/reseaux/<id>), ?fait=supprime says it is done (no state change).
		deleted: event.url.searchParams.get('fait') === 'supprime'
	}));

export const actions: Actions = {
	create: (event) =>
		handleForm(event, createNetworkInput, async (input) => {
			const { network } = await createNetworkWithCoordinator({
				actor: event.locals.actor,
				input,
				origin: event.url.origin,
				locale: getLocale()
			});
			redirect(303, `/admin/reseaux/${network.id}?fait=cree`);
		})
};
