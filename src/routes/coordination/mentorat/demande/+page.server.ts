import { redirect } from '@sveltejs/kit';
import { requestChoices } from '#lib/server/mentoring/coordinator-form.ts';
import { createRequestForMember } from '#lib/server/mentoring/requests.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { coordinatorRequestInput, coordinatorRequestQuery } from '#lib/validation/mentoring.ts';
import type { Actions, PageServerLoad } from './$types';

// A coordinator turns an unmet need into a mentoring request: `?competence=<skillId>&besoin=<text>` prefill it
// (the unmet-needs page links here), `?membre=<id>` the member, `?qui=<name>` finds them in a big network.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const prefill = handleQuery(event, coordinatorRequestQuery);
		const choices = await requestChoices({ ...scopeOf(event), query: prefill.qui, chosen: prefill.membre });
		return { ...choices, prefill };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, coordinatorRequestInput, async ({ memberId, ...input }) => {
			const request = await createRequestForMember({ ...scopeOf(event), ...input, memberAccountId: memberId });
			redirect(303, withFlash(`/coordination/mentorat/demandes/${request.id}`, 'demande'));
		})
};
