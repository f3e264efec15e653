import { answerExchange } from '#lib/server/exchanges/answer-exchange.ts';
import { listMyExchanges } from '#lib/server/exchanges/list-my-exchanges.ts';
import { thankSharer } from '#lib/server/exchanges/thank-sharer.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { answerExchangeInput, thankInput } from '#lib/validation/exchanges.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = { actor: event.locals.actor, networkId: currentNetworkId(event.locals) };
		// ?fait=enregistre after recording (no state change, just the sentence to show).
		const recorded = event.url.searchParams.get('fait') === 'enregistre';
		return { exchanges: await listMyExchanges(scope), recorded };
	});

export const actions: Actions = {
	answer: (event) =>
		handleForm(event, answerExchangeInput, async (input) => {
			await answerExchange({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), ...input });
			return { answered: input.answer };
		}),
	thank: (event) =>
		handleForm(event, thankInput, async (input) => {
			await thankSharer({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), ...input });
			return { thanked: input.exchangeId };
		})
};
