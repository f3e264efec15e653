import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { decideMembership } from '#lib/server/networks/decide-membership.ts';
import { listMembersForCoordinator } from '#lib/server/networks/list-members.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { AppError } from '#lib/server/errors.ts';
import { membershipDecisionInput } from '#lib/validation/networks.ts';
import type { Actions, PageServerLoad } from './$types';

function networkOf(locals: App.Locals) {
	if (!locals.network) throw new AppError(locals.actor ? 'not_member' : 'not_logged_in');
	return locals.network.id;
}

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const networkId = networkOf(event.locals);
		requireCoordinator(event.locals.actor, networkId);
		return listMembersForCoordinator({ actor: event.locals.actor, networkId });
	});

export const actions: Actions = {
	decide: (event) =>
		handleForm(event, membershipDecisionInput, async (input) => {
			await decideMembership({
				actor: event.locals.actor,
				networkId: networkOf(event.locals),
				accountId: input.account,
				decision: input.decision,
				origin: event.url.origin
			});
			return { decided: input.decision, name: input.name };
		})
};
