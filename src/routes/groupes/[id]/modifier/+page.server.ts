import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { groupEditPage } from '#lib/server/groups/group-edit-page.ts';
import { removeGroupPicture, setGroupPicture } from '#lib/server/groups/group-picture.ts';
import { updateGroup } from '#lib/server/groups/update-group.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm, readUpload } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { groupInput, groupPictureInput } from '#lib/validation/groups.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const theGroup = (event: RequestEvent) => ({ ...scopeOf(event), groupId: event.params.id });

export const load: PageServerLoad = (event) => guard(event, () => groupEditPage(theGroup(event)));

export const actions: Actions = {
	save: (event) =>
		handleForm(event, groupInput, async (input) => {
			const group = await updateGroup({ ...theGroup(event), ...input });
			redirect(303, withFlash(`/groupes/${group.id}`, 'enregistre'));
		}),
	picture: (event) =>
		handleForm(event, groupPictureInput, async (input) => {
			const bytes = await readUpload(event, 'picture');
			await setGroupPicture({ ...theGroup(event), bytes, alt: input.alt });
			return { pictureSaved: true as const };
		}),
	removePicture: (event) =>
		handleForm(event, z.object({}), async () => {
			await removeGroupPicture(theGroup(event));
			return { pictureRemoved: true as const };
		})
};
