import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { archivePartner } from '#lib/server/partners/archive-partner.ts';
import { getPartnerPage } from '#lib/server/partners/partner-page.ts';
import { updatePartner } from '#lib/server/partners/update-partner.ts';
import { listThemes } from '#lib/server/skills/list-themes.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { partnerInput } from '#lib/validation/partners.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const thePartner = (event: RequestEvent) => ({ ...scopeOf(event), partnerId: event.params.id });

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		card: (await getPartnerPage({ ...scopeOf(event, 'coordinator'), partnerId: event.params.id })).card,
		themes: await listThemes(scopeOf(event))
	}));

export const actions: Actions = {
	save: (event) =>
		handleForm(event, partnerInput, async (input) => {
			await updatePartner({ ...thePartner(event), ...input });
			redirect(303, withFlash(`/coordination/partenaires/${event.params.id}`, 'enregistre'));
		}),
	archive: (event) =>
		handleForm(event, z.object({}), async () => {
			await archivePartner({ ...thePartner(event), archived: true });
			redirect(303, withFlash('/coordination/partenaires', 'archive'));
		})
};
