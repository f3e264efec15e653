import { z } from 'zod';
import { requireCoordinator } from '#lib/server/auth/policies.ts';
import { decideMembership } from '#lib/server/networks/decide-membership.ts';
import { listMembersForCoordinator } from '#lib/server/networks/list-members.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { AppError } from '#lib/server/errors.ts';
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

const decisionInput = z.object({
	account: z.uuid({ error: 'invalid_generic' }),
	name: z.string().max(200),
	decision: z.enum(['accept', 'refuse'], { error: 'unknown_choice' })
});

export const actions: Actions = {
	decide: (event) =>
		handleForm(event, decisionInput, async (input) => {
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
