import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { AppError } from '#lib/server/errors.ts';
import { updateNetworkSettings } from '#lib/server/networks/update-network-settings.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { networkSettingsInput } from '#lib/validation/networks.ts';
import type { Actions, PageServerLoad } from './$types';

function networkOf(locals: App.Locals) {
	if (!locals.network) throw new AppError(locals.actor ? 'not_member' : 'not_logged_in');
	return locals.network;
}

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const network = networkOf(event.locals);
		requireCoordinator(event.locals.actor, network.id);
		return { settings: network };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, networkSettingsInput, async (input) => {
			const network = networkOf(event.locals);
			// The layout shows the network loaded at the start of this request: give it the saved one.
			event.locals.network = await updateNetworkSettings({
				actor: event.locals.actor,
				networkId: network.id,
				...input
			});
			return { saved: true };
		})
};
