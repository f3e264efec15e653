import { getPreferences, setPreferences } from '#lib/server/notifications/preferences.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { notificationPreferencesInput } from '#lib/validation/notifications.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		preferences: await getPreferences({ actor: actorOf(event) }),
		hasEmail: Boolean(actorOf(event)?.email)
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, notificationPreferencesInput, async (preferences) => {
			await setPreferences({ actor: actorOf(event), preferences });
			return { saved: true };
		})
};
