import { cancelGuestRegistration } from '#lib/server/events/guests/cancel-guest-registration.ts';
import { confirmGuestOffer } from '#lib/server/events/guests/confirm-guest-offer.ts';
import { getGuestPlace } from '#lib/server/events/guests/guest-place.ts';
import { registerGuest } from '#lib/server/events/guests/register-guest.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

// A guest's own page (decision 024): opening the emailed link changes nothing (mail scanners open links too);
// each step is a button.
export const load: PageServerLoad = (event) => guard(event, () => getGuestPlace({ token: event.params.token }));

const none = z.object({});

export const actions: Actions = {
	register: (event) =>
		handleForm(event, none, async () => {
			const result = await registerGuest({ token: event.params.token });
			return { registered: result.status, position: result.position };
		}),
	confirm: (event) =>
		handleForm(event, none, async () => {
			await confirmGuestOffer({ token: event.params.token });
			return { confirmed: true };
		}),
	cancel: (event) =>
		handleForm(event, none, async () => {
			await cancelGuestRegistration({ token: event.params.token });
			return { cancelled: true };
		})
};
