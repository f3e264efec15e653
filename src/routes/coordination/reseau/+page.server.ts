import { updateNetworkSettings } from '#lib/server/networks/update-network-settings.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { networkOf, scopeOf, showNetwork } from '#lib/server/web/scope.ts';
import { networkSettingsInput } from '#lib/validation/networks.ts';
import type { Actions, PageServerLoad } from './$types';

// The form shows the network as the session hook read it: no more to load, only the reader's role to check.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ settings: networkOf(event, 'coordinator') }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, networkSettingsInput, async (input) => {
			const saved = await updateNetworkSettings({ ...scopeOf(event), ...input });
			// The layout shows the network loaded at the start of this request: give it the saved one.
			showNetwork(event, saved);
			return { saved: true };
		})
};
