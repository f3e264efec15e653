import { redirect } from '@sveltejs/kit';
import { exchangeFormChoices } from '#lib/server/exchanges/exchange-form-choices.ts';
import { recordExchange } from '#lib/server/exchanges/record-exchange.ts';
import { now } from '#lib/server/clock.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { parisDate } from '#lib/paris-time.ts';
import { recordExchangeInput } from '#lib/validation/exchanges.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const choices = await exchangeFormChoices({
			actor: event.locals.actor,
			networkId: currentNetworkId(event.locals),
			// /echanges/nouveau?mise-en-relation=<id>: from an introduction whose people met (the post page's link).
			introductionId: event.url.searchParams.get('mise-en-relation')
		});
		return { ...choices, today: parisDate(now()), me: event.locals.actor!.accountId };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, recordExchangeInput, async (input) => {
			await recordExchange({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), ...input });
			redirect(303, '/echanges?fait=enregistre');
		})
};
