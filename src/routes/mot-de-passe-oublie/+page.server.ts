import { requestPasswordReset } from '#lib/server/accounts/request-password-reset.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { emailOnlyInput } from '#lib/validation/accounts.ts';
import type { Actions } from './$types';

export const actions: Actions = {
	default: (event) =>
		handleForm(event, emailOnlyInput, async (input) => {
			await requestPasswordReset({ email: input.email, origin: event.url.origin });
			return { sent: true };
		})
};
