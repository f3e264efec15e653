import { redirect } from '@sveltejs/kit';
import { getAgreement, updateAgreement } from '#lib/server/partners/agreements.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm, readUpload } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { agreementInput } from '#lib/validation/partners.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		agreement: await getAgreement({ ...scopeOf(event), agreementId: event.params.agreement })
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, agreementInput, async (input) => {
			const file = await readUpload(event, 'file');
			const saved = await updateAgreement({ ...scopeOf(event), agreementId: event.params.agreement, ...input, file });
			redirect(303, withFlash(`/coordination/partenaires/${saved.partnerId}`, 'enregistre'));
		})
};
