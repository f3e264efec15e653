import { addClosure } from '#lib/server/space/add-closure.ts';
import { removeClosure } from '#lib/server/space/remove-closure.ts';
import { setOpeningHours } from '#lib/server/space/set-opening-hours.ts';
import { venueSpace } from '#lib/server/space/venue-space.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { closureIdInput, closureInput, openingHoursInput } from '#lib/validation/space.ts';
import type { Actions, PageServerLoad } from './$types';

// A venue's weekly opening hours and its closures (decision 029).
export const load: PageServerLoad = (event) =>
	guard(event, async () => venueSpace({ ...scopeOf(event), venueId: event.params.venue }));

export const actions: Actions = {
	hours: (event) =>
		handleForm(event, openingHoursInput, async (input) => {
			await setOpeningHours({ ...scopeOf(event), ...input });
			return { hoursSaved: true };
		}),
	closure: (event) =>
		handleForm(event, closureInput, async (input) => {
			// Over bookings still to come, the first press lists them; the second (« confirmed ») cancels them.
			const result = await addClosure({ ...scopeOf(event), ...input });
			if (result.closure === null) return { closureToConfirm: result.toCancel, closureValues: input };
			return { closureAdded: true, cancelled: result.cancelled };
		}),
	removeClosure: (event) =>
		handleForm(event, closureIdInput, async (input) => {
			await removeClosure({ ...scopeOf(event), closureId: input.closureId });
			return { closureRemoved: true };
		})
};
