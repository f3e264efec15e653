import { redirect } from '@sveltejs/kit';
import { addResource } from '#lib/server/space/add-resource.ts';
import { resourceForm } from '#lib/server/space/resource-form.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { resourceInput } from '#lib/validation/space.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => guard(event, async () => resourceForm(scopeOf(event)));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, resourceInput, async (input) => {
			await addResource({ ...scopeOf(event), ...input });
			redirect(303, withFlash('/coordination/espace', 'enregistre'));
		})
};
