import { redirect } from '@sveltejs/kit';
import { bookForMember } from '#lib/server/space/book-for-member.ts';
import { deskBookingForm } from '#lib/server/space/desk-booking-form.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { parisDate } from '#lib/paris-time.ts';
import { bookForMemberInput } from '#lib/validation/space.ts';
import type { Actions, PageServerLoad } from './$types';

const MINUTE = 60_000;

// The front desk books a room or station for a member, often one without email (decision 029).
export const load: PageServerLoad = (event) => guard(event, async () => deskBookingForm(scopeOf(event)));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, bookForMemberInput, async (input) => {
			await bookForMember({
				...scopeOf(event),
				accountId: input.accountId,
				resourceId: input.resourceId,
				startsAt: input.start,
				endsAt: new Date(input.start.getTime() + input.minutes * MINUTE),
				purpose: input.purpose
			});
			redirect(303, withFlash(`/coordination/espace/feuille?jour=${parisDate(input.start)}`, 'reserve'));
		})
};
