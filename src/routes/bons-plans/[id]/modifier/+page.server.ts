import { redirect } from '@sveltejs/kit';
import { getManagedTip } from '#lib/server/tips/get-managed-tip.ts';
import { updateTip } from '#lib/server/tips/update-tip.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { tipInput } from '#lib/validation/tips.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const tip = await getManagedTip({ ...scopeOf(event), tipId: event.params.id });
		return { tip: { id: tip.id, title: tip.title }, values: tip.values };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, tipInput, async (input) => {
			const tip = await updateTip({ ...scopeOf(event), tipId: event.params.id, ...input });
			redirect(303, withFlash(`/bons-plans/${tip.id}`, 'modifie'));
		})
};
