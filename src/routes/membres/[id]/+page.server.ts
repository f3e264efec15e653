import { memberEventSummary } from '#lib/server/events/member-event-summary.ts';
import { memberExchanges } from '#lib/server/exchanges/member-exchanges.ts';
import { setThanksVisibility } from '#lib/server/exchanges/set-thanks-visibility.ts';
import { getProfile } from '#lib/server/profiles/get-profile.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { thanksVisibilityInput } from '#lib/validation/exchanges.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = currentNetworkId(event.locals);
		const scope = { actor: event.locals.actor, networkId, accountId: event.params.id };
		const [profile, exchanges, events] = await Promise.all([
			getProfile(scope),
			memberExchanges(scope),
			memberEventSummary(scope)
		]);
		return { profile, exchanges, events, isSelf: profile.accountId === event.locals.actor?.accountId };
	});

export const actions: Actions = {
	// The member hides a thank-you from their profile, or shows it again.
	thanks: (event) =>
		handleForm(event, thanksVisibilityInput, async (input) => {
			await setThanksVisibility({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), ...input });
			return { thanksChanged: true };
		})
};
