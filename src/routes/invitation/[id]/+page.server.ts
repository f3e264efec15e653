import { getLocale } from '#lib/paraglide/runtime.js';
import { getInvitation } from '#lib/server/events/guests/invitation.ts';
import { requestGuestPlace } from '#lib/server/events/guests/request-guest-place.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { guestRequestInput } from '#lib/validation/event-guests.ts';
import { linkKeyQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad } from './$types';

// The secret of the « with the link » event comes as ?cle=… (decision 024), on the page and on its form's action.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const token = handleQuery(event, linkKeyQuery).cle;
		const invitation = await getInvitation({ eventId: event.params.id, token });
		const memberUrl = `/evenements/${event.params.id}?cle=${encodeURIComponent(token)}`;
		return { ...invitation, token, memberUrl, loggedIn: actorOf(event) !== null };
	});

export const actions: Actions = {
	request: (event) =>
		handleForm(event, guestRequestInput, async (input) => {
			const sent = await requestGuestPlace({
				...input,
				eventId: event.params.id,
				token: handleQuery(event, linkKeyQuery).cle,
				locale: getLocale()
			});
			return { sentTo: sent.email };
		})
};
