import { redirect } from '@sveltejs/kit';
import { getManagedPost } from '#lib/server/posts/get-managed-post.ts';
import { postFormChoices } from '#lib/server/posts/post-form-choices.ts';
import { updatePost } from '#lib/server/posts/update-post.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { toLocalInput } from '#lib/paris-time.ts';
import { postUpdateInput } from '#lib/validation/posts.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		const post = await getManagedPost({ ...scope, postId: event.params.id, purpose: 'edit' });
		const choices = await postFormChoices({
			...scope,
			post: { id: post.id, themeId: post.themeId, authorAccountId: post.authorAccountId ?? undefined }
		});
		// The form's values as the page posts them back (text), from the saved post.
		const values = {
			title: post.title,
			description: post.description,
			themeId: post.themeId,
			skillIds: post.skills.map((s) => s.id).join('\n'),
			format: post.format,
			placeKind: post.placeKind,
			place: post.place,
			whenKind: post.whenKind,
			startsAt: post.startsAt ? toLocalInput(post.startsAt) : '',
			whenNote: post.whenNote,
			visibility: post.visibility
		};
		return { post: { id: post.id, title: post.title, kind: post.kind }, choices, values };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, postUpdateInput, async (input) => {
			await updatePost({ ...scopeOf(event), postId: event.params.id, ...input });
			redirect(303, withFlash(`/annonces/${event.params.id}`, 'modifiee'));
		})
};
