import { answerExchange } from '#lib/server/exchanges/answer-exchange.ts';
import { listMyExchanges } from '#lib/server/exchanges/list-my-exchanges.ts';
import { thankSharer } from '#lib/server/exchanges/thank-sharer.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { answerExchangeInput, thankInput } from '#lib/validation/exchanges.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		exchanges: await listMyExchanges(scopeOf(event)),
		// After recording one (/echanges/nouveau).
		recorded: flashOf(event, ['enregistre']) !== undefined
	}));

export const actions: Actions = {
	answer: (event) =>
		handleForm(event, answerExchangeInput, async (input) => {
			await answerExchange({ ...scopeOf(event), ...input });
			return { answered: input.answer };
		}),
	thank: (event) =>
		handleForm(event, thankInput, async (input) => {
			await thankSharer({ ...scopeOf(event), ...input });
			return { thanked: input.exchangeId };
		})
};
