import { redirect } from '@sveltejs/kit';
import { editResource } from '#lib/server/space/edit-resource.ts';
import { resourceForm } from '#lib/server/space/resource-form.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { resourceEditInput } from '#lib/validation/space.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => resourceForm({ ...scopeOf(event), resourceId: event.params.id }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, resourceEditInput, async (input) => {
			await editResource({ ...scopeOf(event), resourceId: event.params.id, ...input });
			redirect(303, withFlash('/coordination/espace', 'enregistre'));
		})
};
