import { decideMembership } from '#lib/server/networks/decide-membership.ts';
import { listMembersForCoordinator } from '#lib/server/networks/list-members.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { membershipDecisionInput } from '#lib/validation/networks.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => guard(event, () => listMembersForCoordinator(scopeOf(event)));

export const actions: Actions = {
	decide: (event) =>
		handleForm(event, membershipDecisionInput, async (input) => {
			await decideMembership({
				...scopeOf(event),
				accountId: input.account,
				decision: input.decision,
				origin: event.url.origin
			});
			return { decided: input.decision, name: input.name };
		})
};
