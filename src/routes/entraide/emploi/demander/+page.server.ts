import { redirect } from '@sveltejs/kit';
import { jobHelpPage } from '#lib/server/job-circle/circle-page.ts';
import { requestJobHelp } from '#lib/server/job-circle/request-help.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm, readUpload } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { jobHelpInput } from '#lib/validation/job-circle.ts';
import type { Actions, PageServerLoad } from './$types';

// Ask for job-search help (decision 031): an ordinary request, with a CV if the member attaches one.
export const load: PageServerLoad = (event) => guard(event, () => jobHelpPage(scopeOf(event)));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, jobHelpInput, async (input) => {
			const cv = await readUpload(event, 'cv');
			const post = await requestJobHelp({ ...scopeOf(event), ...input, cv });
			redirect(303, withFlash(`/annonces/${post.id}`, 'publiee'));
		})
};
