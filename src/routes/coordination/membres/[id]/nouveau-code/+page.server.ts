import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { renewLoginCode } from '#lib/server/accounts/create-member-without-email.ts';
import { AppError } from '#lib/server/errors.ts';
import { handleForm } from '#lib/server/web/form.ts';
import type { Actions, PageServerLoad } from './$types';

// Only the POST makes sense here (it prints a new code); a visit goes back to the list. After the POST, this
// page shows the sheet or the refusal's sentence: redirecting then would lose the sentence.
export const load: PageServerLoad = ({ request }) => {
	if (request.method !== 'POST') redirect(303, '/coordination/membres');
	return {};
};

export const actions: Actions = {
	default: (event) =>
		handleForm(event, z.object({}), async () => {
			const network = event.locals.network;
			if (!network) throw new AppError(event.locals.actor ? 'not_member' : 'not_logged_in');
			const id = z.uuid().safeParse(event.params.id);
			if (!id.success) throw new AppError('not_found');
			const renewed = await renewLoginCode({ actor: event.locals.actor, networkId: network.id, accountId: id.data });
			return { sheet: { name: renewed.name, code: renewed.code, network: network.name, siteUrl: event.url.origin } };
		})
};
