import { redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { setUpWithDemoNetwork } from '#lib/server/setup/load-demo-network.ts';
import { isSetupDone, setUpInstance } from '#lib/server/setup/set-up-instance.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import { firstCoordinatorInput, setupInput } from '#lib/validation/networks.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => guard(event, async () => ({ done: await isSetupDone() }));

export const actions: Actions = {
	network: (event) =>
		handleForm(event, setupInput, async (input) => {
			const ids = await setUpInstance(
				{ name: input.name, town: input.town, description: input.description },
				{ name: input.coordinatorName, email: input.email, password: input.password, locale: getLocale() }
			);
			await startSession(event.cookies, event.url, ids.accountId, ids.networkId);
			redirect(303, '/');
		}),
	demo: (event) =>
		handleForm(event, firstCoordinatorInput, async (input) => {
			const ids = await setUpWithDemoNetwork({
				name: input.coordinatorName,
				email: input.email,
				password: input.password,
				locale: getLocale()
			});
			await startSession(event.cookies, event.url, ids.accountId, ids.networkId);
			redirect(303, '/');
		})
};
