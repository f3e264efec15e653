import { cancelEvent } from '#lib/server/events/cancel-event.ts';
import { cancelRegistration } from '#lib/server/events/cancel-registration.ts';
import { confirmOffer } from '#lib/server/events/confirm-offer.ts';
import { getEvent } from '#lib/server/events/get-event.ts';
import { registerForOccurrence } from '#lib/server/events/register-for-occurrence.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { occurrenceAction, registrationAction } from '#lib/validation/events.ts';
import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

// After a redirect, ?fait=… says what was just done (no state change, just the sentence to show).
const DONE = ['enregistre', 'annule'] as const;

export const load: PageServerLoad = (event) => {
	// « With the link » events: the secret comes as ?cle=… and is passed on to the registration form.
	const token = event.url.searchParams.get('cle')?.slice(0, 100) || undefined;
	// A visitor without a session gets the guest registration page of the same link (decision 024).
	if (token && !event.locals.actor) {
		redirect(303, `/invitation/${encodeURIComponent(event.params.id)}?cle=${encodeURIComponent(token)}`);
	}
	return guard(event, async () => {
		const page = await getEvent({
			actor: event.locals.actor,
			networkId: currentNetworkId(event.locals),
			eventId: event.params.id,
			token
		});
		const done = DONE.find((d) => d === event.url.searchParams.get('fait'));
		const inviteUrl =
			page.coordinator && page.event.linkToken
				? `${event.url.origin}/evenements/${page.event.id}?cle=${page.event.linkToken}`
				: null;
		// The secret is not sent back to the page except to those who share it.
		return { ...page, event: { ...page.event, linkToken: null }, token: token ?? '', inviteUrl, done };
	});
};

const scope = (event: Parameters<Actions[string]>[0]) => ({
	actor: event.locals.actor,
	networkId: currentNetworkId(event.locals)
});

export const actions: Actions = {
	register: (event) =>
		handleForm(event, occurrenceAction, async (input) => {
			const result = await registerForOccurrence({
				...scope(event),
				occurrenceId: input.occurrenceId,
				token: input.token || undefined
			});
			return { registered: result.status, position: result.position };
		}),
	cancel: (event) =>
		handleForm(event, registrationAction, async (input) => {
			await cancelRegistration({ ...scope(event), registrationId: input.registrationId });
			return { cancelled: true };
		}),
	confirm: (event) =>
		handleForm(event, registrationAction, async (input) => {
			await confirmOffer({ ...scope(event), registrationId: input.registrationId });
			return { confirmed: true };
		}),
	cancelEvent: (event) =>
		handleForm(event, z.object({}), async () => {
			await cancelEvent({ ...scope(event), eventId: event.params.id });
			return { eventCancelled: true };
		})
};
