import { redirect } from '@sveltejs/kit';
import { requireGroupCoordinator } from '#lib/server/groups/group-access.ts';
import { groupPictureInfo, removeGroupPicture, setGroupPicture } from '#lib/server/groups/group-picture.ts';
import { updateGroup } from '#lib/server/groups/update-group.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { groupInput, groupPictureInput } from '#lib/validation/groups.ts';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = { actor: event.locals.actor, networkId: currentNetworkId(event.locals), groupId: event.params.id };
		const { group } = await requireGroupCoordinator(scope);
		return {
			group,
			themes: await listThemes(scope),
			picture: await groupPictureInfo(scope.networkId, group.id)
		};
	});

const scopeOf = (event: Parameters<Actions[string]>[0]) => ({
	actor: event.locals.actor,
	networkId: currentNetworkId(event.locals),
	groupId: event.params.id
});

export const actions: Actions = {
	save: (event) =>
		handleForm(event, groupInput, async (input) => {
			const group = await updateGroup({ ...scopeOf(event), ...input });
			redirect(303, `/groupes/${group.id}?fait=enregistre`);
		}),
	picture: async (event) => {
		// The file itself: handleForm keeps only the text fields, so the body is read twice (a copy first).
		const file = await event.request
			.clone()
			.formData()
			.then((data) => data.get('picture'))
			.catch(() => null);
		return handleForm(event, groupPictureInput, async (input) => {
			const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
			await setGroupPicture({ ...scopeOf(event), bytes, alt: input.alt });
			return { pictureSaved: true as const };
		});
	},
	removePicture: (event) =>
		handleForm(event, z.object({}), async () => {
			await removeGroupPicture(scopeOf(event));
			return { pictureRemoved: true as const };
		})
};
