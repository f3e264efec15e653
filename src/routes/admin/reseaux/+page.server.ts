import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { createNetworkWithCoordinator } from '#lib/server/networks/create-network-with-coordinator.ts';
import { listInstanceNetworks } from '#lib/server/networks/instance-networks.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { createNetworkInput } from '#lib/validation/admin-networks.ts';
import type { Actions, PageServerLoad } from './$types';

// The instance administrator's networks (decision 007): the list, and a new network with its first coordinator.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		networks: await listInstanceNetworks({ actor: actorOf(event) }),
		// After a deletion (/admin/reseaux/<id>).
		deleted: flashOf(event, ['supprime']) !== undefined
	}));

export const actions: Actions = {
	create: (event) =>
		handleForm(event, createNetworkInput, async (input) => {
			const { network } = await createNetworkWithCoordinator({
				actor: actorOf(event),
				input,
				origin: event.url.origin,
				locale: getLocale()
			});
			redirect(303, withFlash(`/admin/reseaux/${network.id}`, 'cree'));
		})
};
