import { cancelBooking } from '#lib/server/space/cancel-booking.ts';
import { listMyBookings } from '#lib/server/space/list-my-bookings.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { bookingIdInput } from '#lib/validation/space.ts';
import type { Actions, PageServerLoad } from './$types';

// « Mes réservations »: the coming ones with their .ics and « Annuler », then the last ones (decision 029).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		bookings: await listMyBookings(scopeOf(event)),
		done: flashOf(event, ['reserve', 'demande'])
	}));

export const actions: Actions = {
	cancel: (event) =>
		handleForm(event, bookingIdInput, async (input) => {
			await cancelBooking({ ...scopeOf(event), bookingId: input.bookingId });
			return { cancelled: true };
		})
};
