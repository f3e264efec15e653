import { redirect } from '@sveltejs/kit';
import { createEvent } from '#lib/server/events/create-event.ts';
import { eventFormChoices } from '#lib/server/events/event-form-choices.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { eventInput } from '#lib/validation/events.ts';
import { eventPrefill } from '#lib/validation/prefill.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		choices: await eventFormChoices(scopeOf(event)),
		// A link from the unmet-needs page may give the title (validation/prefill.ts).
		prefill: handleQuery(event, eventPrefill)
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, eventInput, async (input) => {
			const created = await createEvent({ ...scopeOf(event), input });
			redirect(303, withFlash(`/evenements/${created.id}`, 'enregistre'));
		})
};
