import { redirect } from '@sveltejs/kit';
import { partnerChoices } from '#lib/server/partners/list-partners.ts';
import { createVenue } from '#lib/server/venues/create-venue.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { venueInput } from '#lib/validation/venues.ts';
import type { Actions, PageServerLoad } from './$types';

// An empty form with the directory's partners to link (createVenue checks the role again).
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		return { partners: await partnerChoices(scopeOf(event, 'coordinator')) };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, venueInput, async (input) => {
			await createVenue({ ...scopeOf(event), ...input });
			redirect(303, withFlash('/coordination/lieux', 'enregistre'));
		})
};
