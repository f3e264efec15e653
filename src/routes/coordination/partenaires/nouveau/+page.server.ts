import { redirect } from '@sveltejs/kit';
import { createPartner } from '#lib/server/partners/create-partner.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { partnerInput } from '#lib/validation/partners.ts';
import type { Actions, PageServerLoad } from './$types';

// An empty form with the network's themes to tick (createPartner checks the role again).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ themes: await listThemes(scopeOf(event, 'coordinator')) }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, partnerInput, async (input) => {
			const partner = await createPartner({ ...scopeOf(event), ...input });
			redirect(303, withFlash(`/coordination/partenaires/${partner.id}`, 'enregistre'));
		})
};
