import { createMemberWithoutEmail } from '#lib/server/accounts/create-member-without-email.ts';
import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { AppError } from '#lib/server/errors.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { memberWithoutEmailInput } from '#lib/validation/accounts.ts';
import type { Actions, PageServerLoad } from './$types';

function networkOf(locals: App.Locals) {
	if (!locals.network) throw new AppError(locals.actor ? 'not_member' : 'not_logged_in');
	return locals.network;
}

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		requireCoordinator(event.locals.actor, networkOf(event.locals).id);
		return {};
	});

// The code is shown once, in the action's answer: it is never stored in clear, so it cannot be shown again.
export const actions: Actions = {
	default: (event) =>
		handleForm(event, memberWithoutEmailInput, async (input) => {
			const network = networkOf(event.locals);
			const created = await createMemberWithoutEmail({
				actor: event.locals.actor,
				networkId: network.id,
				name: input.name
			});
			return { sheet: { name: created.name, code: created.code, network: network.name, siteUrl: event.url.origin } };
		})
};
