import { getInvitation } from '#lib/server/events/guests/invitation.ts';
import { requestGuestPlace } from '#lib/server/events/guests/request-guest-place.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { guestRequestInput } from '#lib/validation/event-guests.ts';
import type { Actions, PageServerLoad } from './$types';

// The secret of the « with the link » event comes as ?cle=… (decision 024).
const secretOf = (url: URL) => url.searchParams.get('cle')?.slice(0, 100) ?? '';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const token = secretOf(event.url);
		const invitation = await getInvitation({ eventId: event.params.id, token });
		const memberUrl = `/evenements/${event.params.id}?cle=${encodeURIComponent(token)}`;
		return { ...invitation, token, memberUrl, loggedIn: event.locals.actor !== null };
	});

export const actions: Actions = {
	request: (event) =>
		handleForm(event, guestRequestInput, async (input) => {
			const sent = await requestGuestPlace({
				...input,
				eventId: event.params.id,
				token: secretOf(event.url),
				locale: getLocale()
			});
			return { sentTo: sent.email };
		})
};
