import { redirect } from '@sveltejs/kit';
import { now } from '#lib/server/clock.ts';
import { exchangeFormChoices } from '#lib/server/exchanges/exchange-form-choices.ts';
import { recordExchange } from '#lib/server/exchanges/record-exchange.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { parisDate } from '#lib/paris-time.ts';
import { recordExchangeInput } from '#lib/validation/exchanges.ts';
import { introductionQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		const choices = await exchangeFormChoices({
			...scope,
			// /echanges/nouveau?mise-en-relation=<id>: from an introduction whose people met (the post page's link).
			introductionId: handleQuery(event, introductionQuery)['mise-en-relation'] ?? null
		});
		return { ...choices, today: parisDate(now()), me: scope.actor!.accountId };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, recordExchangeInput, async (input) => {
			await recordExchange({ ...scopeOf(event), ...input });
			redirect(303, withFlash('/echanges', 'enregistre'));
		})
};
