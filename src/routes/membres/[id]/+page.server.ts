import { memberEventSummary } from '#lib/server/events/member-event-summary.ts';
import { memberExchanges } from '#lib/server/exchanges/member-exchanges.ts';
import { setThanksVisibility } from '#lib/server/exchanges/set-thanks-visibility.ts';
import { getProfile } from '#lib/server/profiles/get-profile.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { thanksVisibilityInput } from '#lib/validation/exchanges.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = { ...scopeOf(event), accountId: event.params.id };
		const [profile, exchanges, events] = await Promise.all([
			getProfile(scope),
			memberExchanges(scope),
			memberEventSummary(scope)
		]);
		return { profile, exchanges, events, isSelf: profile.accountId === scope.actor?.accountId };
	});

export const actions: Actions = {
	// The member hides a thank-you from their profile, or shows it again.
	thanks: (event) =>
		handleForm(event, thanksVisibilityInput, async (input) => {
			await setThanksVisibility({ ...scopeOf(event), ...input });
			return { thanksChanged: true };
		})
};
