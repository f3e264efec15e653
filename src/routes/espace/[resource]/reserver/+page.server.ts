import { redirect } from '@sveltejs/kit';
import { bookSlot } from '#lib/server/space/book-slot.ts';
import { slotChoices } from '#lib/server/space/slot-choices.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { fromLocalInput } from '#lib/paris-time.ts';
import { bookingInput, slotQuery } from '#lib/validation/space.ts';
import type { Actions, PageServerLoad } from './$types';

const MINUTE = 60_000;

// The second tap: the slot picked on the grid, how long, what for, and « Réserver » (decision 029).
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { debut } = handleQuery(event, slotQuery);
		const start = fromLocalInput(debut);
		// Without a slot there is nothing to confirm: back to the grid.
		if (!start) redirect(303, `/espace/${event.params.resource}`);
		return { choices: await slotChoices({ ...scopeOf(event), resourceId: event.params.resource, start }), debut };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, bookingInput, async (input) => {
			const booking = await bookSlot({
				...scopeOf(event),
				resourceId: input.resourceId,
				startsAt: input.start,
				endsAt: new Date(input.start.getTime() + input.minutes * MINUTE),
				purpose: input.purpose
			});
			redirect(303, withFlash('/espace/mes-reservations', booking.status === 'requested' ? 'demande' : 'reserve'));
		})
};
