import { cancelBooking } from '#lib/server/space/cancel-booking.ts';
import { daySheet } from '#lib/server/space/day-sheet.ts';
import { markNoShow } from '#lib/server/space/mark-no-show.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { bookingCancelInput, bookingIdInput, daySheetQuery } from '#lib/validation/space.ts';
import type { Actions, PageServerLoad } from './$types';

// The front desk's day sheet: who comes when to which room or station, printable on one A4 page (decision 029).
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const query = handleQuery(event, daySheetQuery);
		return {
			sheet: await daySheet({ ...scopeOf(event), day: query.jour || undefined, venueId: query.lieu || undefined }),
			done: flashOf(event, ['reserve'])
		};
	});

export const actions: Actions = {
	noShow: (event) =>
		handleForm(event, bookingIdInput, async (input) => {
			await markNoShow({ ...scopeOf(event), bookingId: input.bookingId, noShow: true });
			return { marked: true };
		}),
	came: (event) =>
		handleForm(event, bookingIdInput, async (input) => {
			await markNoShow({ ...scopeOf(event), bookingId: input.bookingId, noShow: false });
			return { marked: true };
		}),
	cancel: (event) =>
		handleForm(event, bookingCancelInput, async (input) => {
			await cancelBooking({ ...scopeOf(event), bookingId: input.bookingId, reason: input.reason });
			return { cancelled: true };
		})
};
