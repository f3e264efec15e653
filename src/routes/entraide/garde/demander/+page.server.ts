import { redirect } from '@sveltejs/kit';
import { askForChildcare } from '#lib/server/childcare/ask-for-childcare.ts';
import { careFormChoices } from '#lib/server/childcare/care-form-choices.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { careRequestInput, careRequestQuery } from '#lib/validation/childcare.ts';
import type { Actions, PageServerLoad } from './$types';

// « Demander une garde »: `?debut=…&fin=…&motif=entretien` prefills the slot and the reason (the job circle's
// link); coordinators may ask for a member without email who agreed (decision 032).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		choices: await careFormChoices(scopeOf(event)),
		prefill: handleQuery(event, careRequestQuery)
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, careRequestInput, async (input) => {
			const request = await askForChildcare({ ...scopeOf(event), input });
			redirect(303, withFlash(`/entraide/garde/${request.id}`, 'demandee'));
		})
};
