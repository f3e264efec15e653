import { redirect } from '@sveltejs/kit';
import { createGroup } from '#lib/server/groups/create-group.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { groupInput } from '#lib/validation/groups.ts';
import { groupPrefill } from '#lib/validation/prefill.ts';
import type { Actions, PageServerLoad } from './$types';

// The form is for coordinators (createGroup checks it again); its themes are any member's to read. A link from the
// unmet-needs page may give the name and theme (validation/prefill.ts).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		themes: await listThemes(scopeOf(event, 'coordinator')),
		prefill: handleQuery(event, groupPrefill)
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, groupInput, async (input) => {
			const group = await createGroup({ ...scopeOf(event), ...input });
			redirect(303, withFlash(`/groupes/${group.id}`, 'cree'));
		})
};
