import { redirect } from '@sveltejs/kit';
import { requireGroupCoordinator } from '#lib/server/groups/group-access.ts';
import { updateGroup } from '#lib/server/groups/update-group.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { groupInput } from '#lib/validation/groups.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = { actor: event.locals.actor, networkId: currentNetworkId(event.locals), groupId: event.params.id };
		const { group } = await requireGroupCoordinator(scope);
		return { group, themes: await listThemes(scope) };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, groupInput, async (input) => {
			const group = await updateGroup({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				groupId: event.params.id,
				...input
			});
			redirect(303, `/groupes/${group.id}?fait=enregistre`);
		})
};
