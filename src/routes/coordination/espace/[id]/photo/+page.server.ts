import { z } from 'zod';
import { removeResourcePhoto, resourcePhotoPage, setResourcePhoto } from '#lib/server/space/resource-photo.ts';
import { handleForm, readUpload } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { groupPictureInput } from '#lib/validation/groups.ts';
import type { Actions, PageServerLoad } from './$types';

// A resource's photo and its text alternative, for coordinators (decision 029); the same form as a group's picture.
export const load: PageServerLoad = (event) =>
	guard(event, async () => resourcePhotoPage({ ...scopeOf(event), resourceId: event.params.id }));

export const actions: Actions = {
	photo: (event) =>
		handleForm(event, groupPictureInput, async (input) => {
			const bytes = await readUpload(event, 'photo');
			await setResourcePhoto({ ...scopeOf(event), resourceId: event.params.id, bytes, alt: input.alt });
			return { photoSaved: true as const };
		}),
	removePhoto: (event) =>
		handleForm(event, z.object({}), async () => {
			await removeResourcePhoto({ ...scopeOf(event), resourceId: event.params.id });
			return { photoRemoved: true as const };
		})
};
