import { redirect } from '@sveltejs/kit';
import { createReferral } from '#lib/server/partners/create-referral.ts';
import { referralFormChoices } from '#lib/server/partners/referral-form.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { referralInput, referralQuery } from '#lib/validation/partners.ts';
import type { Actions, PageServerLoad } from './$types';

// « Orienter vers un partenaire »: `?partenaire=<id>` from a partner's page, `?besoin=<text>` from the unmet needs,
// `?membre=<id>` and `?annonce=<id>` from a member's request, `?qui=<name>` to find a person in a big network.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const prefill = handleQuery(event, referralQuery);
		const choices = await referralFormChoices({ ...scopeOf(event), query: prefill.qui, chosen: prefill.membre });
		return { ...choices, prefill };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, referralInput, async (input) => {
			const referral = await createReferral({ ...scopeOf(event), ...input });
			redirect(303, withFlash(`/coordination/partenaires/${referral.partnerId}`, 'oriente'));
		})
};
