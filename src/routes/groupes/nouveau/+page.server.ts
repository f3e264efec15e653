import { redirect } from '@sveltejs/kit';
import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { createGroup } from '#lib/server/groups/create-group.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { groupInput } from '#lib/validation/groups.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		requireCoordinator(event.locals.actor, networkId);
		return { themes: await listThemes({ actor: event.locals.actor, networkId }) };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, groupInput, async (input) => {
			const group = await createGroup({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				...input
			});
			redirect(303, `/groupes/${group.id}?fait=cree`);
		})
};
