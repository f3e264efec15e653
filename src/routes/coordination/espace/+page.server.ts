import { decideBooking } from '#lib/server/space/decide-booking.ts';
import { listBookingRequests } from '#lib/server/space/list-booking-requests.ts';
import { listResources } from '#lib/server/space/list-resources.ts';
import { listVenues } from '#lib/server/venues/list-venues.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { bookingIdInput, bookingRefusalInput } from '#lib/validation/space.ts';
import type { Actions, PageServerLoad } from './$types';

// The coordinators' shared space: the booking requests to decide, resources by venue, each venue's hours, the
// desk's pages (decision 029).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		requests: await listBookingRequests(scopeOf(event)),
		resources: await listResources(scopeOf(event)),
		venues: await listVenues(scopeOf(event)),
		done: flashOf(event, ['enregistre'])
	}));

export const actions: Actions = {
	approve: (event) =>
		handleForm(event, bookingIdInput, async (input) => {
			await decideBooking({ ...scopeOf(event), bookingId: input.bookingId, approve: true });
			return { approved: true };
		}),
	refuse: (event) =>
		handleForm(event, bookingRefusalInput, async (input) => {
			await decideBooking({ ...scopeOf(event), bookingId: input.bookingId, approve: false, reason: input.reason });
			return { refused: true };
		})
};
