import { getPreferences, setPreferences } from '#lib/server/notifications/preferences.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { notificationPreferencesInput } from '#lib/validation/notifications.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		preferences: await getPreferences({ actor: event.locals.actor }),
		hasEmail: Boolean(event.locals.actor?.email)
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, notificationPreferencesInput, async (preferences) => {
			await setPreferences({ actor: event.locals.actor, preferences });
			return { saved: true };
		})
};
