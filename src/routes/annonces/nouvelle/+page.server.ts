import { redirect } from '@sveltejs/kit';
import { createPost } from '#lib/server/posts/create-post.ts';
import { postFormChoices } from '#lib/server/posts/post-form-choices.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { postInput } from '#lib/validation/posts.ts';
import { newPostQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const choices = await postFormChoices(scopeOf(event));
		// /annonces/nouvelle?type=offre opens the form on an offer.
		return { choices, initial: { kind: handleQuery(event, newPostQuery).type } };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, postInput, async (input) => {
			const post = await createPost({ ...scopeOf(event), ...input });
			redirect(303, withFlash(`/annonces/${post.id}`, 'publiee'));
		})
};
