import { createMemberWithoutEmail } from '#lib/server/accounts/create-member-without-email.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { networkOf, scopeOf } from '#lib/server/web/scope.ts';
import { memberWithoutEmailInput } from '#lib/validation/accounts.ts';
import type { Actions, PageServerLoad } from './$types';

// An empty form: only the reader's role to check (createMemberWithoutEmail checks it again).
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		scopeOf(event, 'coordinator');
		return {};
	});

// The code is shown once, in the action's answer: it is never stored in clear, so it cannot be shown again.
export const actions: Actions = {
	default: (event) =>
		handleForm(event, memberWithoutEmailInput, async (input) => {
			const created = await createMemberWithoutEmail({ ...scopeOf(event), name: input.name });
			return {
				sheet: { name: created.name, code: created.code, network: networkOf(event).name, siteUrl: event.url.origin }
			};
		})
};
