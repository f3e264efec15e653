import { redirect } from '@sveltejs/kit';
import { invitationChoices } from '#lib/server/mentoring/coordinator-form.ts';
import { inviteMentor } from '#lib/server/mentoring/invite-mentor.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { mentorInvitationInput } from '#lib/validation/mentoring.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => guard(event, () => invitationChoices(scopeOf(event)));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, mentorInvitationInput, async (input) => {
			await inviteMentor({ ...scopeOf(event), ...input, origin: event.url.origin });
			redirect(303, withFlash('/coordination/mentorat', 'invite'));
		})
};
