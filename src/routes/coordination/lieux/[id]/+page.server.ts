import { redirect } from '@sveltejs/kit';
import { partnerChoices } from '#lib/server/partners/list-partners.ts';
import { getVenue } from '#lib/server/venues/get-venue.ts';
import { updateVenue } from '#lib/server/venues/update-venue.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { venueInput } from '#lib/validation/venues.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		venue: await getVenue({ ...scopeOf(event, 'coordinator'), venueId: event.params.id }),
		partners: await partnerChoices(scopeOf(event))
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, venueInput, async (input) => {
			await updateVenue({ ...scopeOf(event), venueId: event.params.id, ...input });
			redirect(303, withFlash('/coordination/lieux', 'enregistre'));
		})
};
