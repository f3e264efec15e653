import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { cancelEvent } from '#lib/server/events/cancel-event.ts';
import { cancelRegistration } from '#lib/server/events/cancel-registration.ts';
import { confirmOffer } from '#lib/server/events/confirm-offer.ts';
import { getEvent } from '#lib/server/events/get-event.ts';
import { registerForOccurrence } from '#lib/server/events/register-for-occurrence.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { actorOf, scopeOf } from '#lib/server/web/scope.ts';
import { occurrenceAction, registrationAction } from '#lib/validation/events.ts';
import { linkKeyQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		// « With the link » events: the secret comes as ?cle=… and is passed on to the registration form.
		const token = handleQuery(event, linkKeyQuery).cle || undefined;
		// A visitor without a session gets the guest registration page of the same link (decision 024).
		if (token && !actorOf(event)) {
			redirect(303, `/invitation/${encodeURIComponent(event.params.id)}?cle=${encodeURIComponent(token)}`);
		}
		const page = await getEvent({ ...scopeOf(event), eventId: event.params.id, token });
		const inviteUrl =
			page.coordinator && page.event.linkToken
				? `${event.url.origin}/evenements/${page.event.id}?cle=${page.event.linkToken}`
				: null;
		// The secret is not sent back to the page except to those who share it.
		return {
			...page,
			event: { ...page.event, linkToken: null },
			token: token ?? '',
			inviteUrl,
			done: flashOf(event, ['enregistre', 'annule'])
		};
	});

export const actions: Actions = {
	register: (event) =>
		handleForm(event, occurrenceAction, async (input) => {
			const result = await registerForOccurrence({
				...scopeOf(event),
				occurrenceId: input.occurrenceId,
				token: input.token || undefined
			});
			return { registered: result.status, position: result.position };
		}),
	cancel: (event) =>
		handleForm(event, registrationAction, async (input) => {
			await cancelRegistration({ ...scopeOf(event), registrationId: input.registrationId });
			return { cancelled: true };
		}),
	confirm: (event) =>
		handleForm(event, registrationAction, async (input) => {
			await confirmOffer({ ...scopeOf(event), registrationId: input.registrationId });
			return { confirmed: true };
		}),
	cancelEvent: (event) =>
		handleForm(event, z.object({}), async () => {
			await cancelEvent({ ...scopeOf(event), eventId: event.params.id });
			return { eventCancelled: true };
		})
};
