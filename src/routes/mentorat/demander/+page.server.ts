import { redirect } from '@sveltejs/kit';
import { networkSkills } from '#lib/server/mentoring/member-mentoring.ts';
import { askForMentor } from '#lib/server/mentoring/requests.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { mentoringRequestInput } from '#lib/validation/mentoring.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ skills: await networkSkills(scopeOf(event)) }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, mentoringRequestInput, async (input) => {
			await askForMentor({ ...scopeOf(event), ...input });
			redirect(303, withFlash('/mentorat', 'demande'));
		})
};
