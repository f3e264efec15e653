import { redirect } from '@sveltejs/kit';
import { createEvent } from '#lib/server/events/create-event.ts';
import { eventFormChoices } from '#lib/server/events/event-form-choices.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { eventInput } from '#lib/validation/events.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		choices: await eventFormChoices({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) })
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, eventInput, async (input) => {
			const created = await createEvent({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				input
			});
			redirect(303, `/evenements/${created.id}?fait=enregistre`);
		})
};
