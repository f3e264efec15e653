import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getLocale } from '#lib/paraglide/runtime.js';
import {
	acceptMentorInvitation,
	createMentorAccount,
	mentorInvitation
} from '#lib/server/mentoring/accept-invitation.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { actorOf } from '#lib/server/web/scope.ts';
import { startSession } from '#lib/server/web/session-cookie.ts';
import { mentorAccountInput } from '#lib/validation/mentoring.ts';
import type { Actions, PageServerLoad } from './$types';

// The emailed link (decision 036): a logged-in person accepts with their account; a new one creates it here with
// the invitation's address. Either way the next page is the mentor's profile, to say what they can share.
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		invitation: await mentorInvitation(event.params.token),
		signedIn: actorOf(event) !== null
	}));

export const actions: Actions = {
	accept: (event) =>
		handleForm(event, z.object({}), async () => {
			const { mentorId } = await acceptMentorInvitation({ actor: actorOf(event), token: event.params.token });
			redirect(303, withFlash(`/mentorat/profil/${mentorId}`, 'bienvenue'));
		}),
	create: (event) =>
		handleForm(event, mentorAccountInput, async (input) => {
			const { mentorId, accountId } = await createMentorAccount({
				token: event.params.token,
				name: input.name,
				password: input.password,
				locale: getLocale()
			});
			await startSession(event.cookies, event.url, accountId);
			redirect(303, withFlash(`/mentorat/profil/${mentorId}`, 'bienvenue'));
		})
};
