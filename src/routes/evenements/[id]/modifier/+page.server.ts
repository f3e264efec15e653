import { redirect } from '@sveltejs/kit';
import { eventFormChoices } from '#lib/server/events/event-form-choices.ts';
import { getEvent } from '#lib/server/events/get-event.ts';
import { updateEvent } from '#lib/server/events/update-event.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { eventUpdateInput } from '#lib/validation/events.ts';
import { toLocalInput } from '#lib/paris-time.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		// The choices first: they check that the reader is a coordinator.
		const choices = await eventFormChoices(scope);
		const page = await getEvent({ ...scope, eventId: event.params.id });
		const e = page.event;
		return {
			choices,
			title: e.title,
			id: e.id,
			series: e.repeatUntil !== null,
			values: {
				title: e.title,
				description: e.description,
				kind: e.kind,
				groupId: e.groupId ?? '',
				venueId: e.venueId ?? '',
				roomId: page.room?.id ?? '',
				onlineUrl: e.onlineUrl ?? '',
				startsAt: toLocalInput(e.startsAt),
				endsAt: toLocalInput(e.endsAt),
				capacity: String(e.capacity),
				audience: e.audience,
				facilitatorIds: page.facilitators.map((f) => f.accountId).join('\n')
			}
		};
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, eventUpdateInput, async (input) => {
			await updateEvent({ ...scopeOf(event), eventId: event.params.id, input });
			redirect(303, withFlash(`/evenements/${event.params.id}`, 'enregistre'));
		})
};
