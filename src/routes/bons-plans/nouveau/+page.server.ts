import { redirect } from '@sveltejs/kit';
import { createTip } from '#lib/server/tips/create-tip.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { tipInput } from '#lib/validation/tips.ts';
import type { Actions, PageServerLoad } from './$types';

// Only members reach the form: visitors and other networks' people are refused before it is shown.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		scopeOf(event, 'member');
		return {};
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, tipInput, async (input) => {
			const tip = await createTip({ ...scopeOf(event), ...input });
			redirect(303, withFlash(`/bons-plans/${tip.id}`, 'publie'));
		})
};
