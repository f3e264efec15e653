import { getReciprocitySettings, saveReciprocitySettings } from '#lib/server/networks/reciprocity-settings.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { reciprocityInput } from '#lib/validation/exchanges.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const settings = await getReciprocitySettings(scopeOf(event));
		// The form's values as text: an empty field is « no limit ».
		const field = (hours: number | null) => (hours === null ? '' : String(hours));
		return {
			settings: {
				reciprocityMode: settings.reciprocityMode,
				debtLimitHours: field(settings.debtLimitHours),
				creditLimitHours: field(settings.creditLimitHours)
			}
		};
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, reciprocityInput, async (input) => {
			await saveReciprocitySettings({ ...scopeOf(event), ...input });
			return { saved: true };
		})
};
