import { redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/server/auth/policies.ts';
import { AppError } from '#lib/server/errors.ts';
import { getPost } from '#lib/server/posts/get-post.ts';
import { postFormChoices } from '#lib/server/posts/post-form-choices.ts';
import { updatePost } from '#lib/server/posts/update-post.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { toLocalInput } from '#lib/paris-time.ts';
import { postUpdateInput } from '#lib/validation/posts.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { actor } = event.locals;
		const networkId = currentNetworkId(event.locals);
		// Visitors are asked to log in first, even for a post whose public version they could read.
		requireMember(actor, networkId);
		const post = await getPost({ actor, networkId, postId: event.params.id });
		if (!post.canManage) throw new AppError('forbidden');
		if (post.status !== 'open') throw new AppError('post_not_open');
		const choices = await postFormChoices({
			actor,
			networkId,
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
			await updatePost({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				postId: event.params.id,
				...input
			});
			redirect(303, `/annonces/${event.params.id}?fait=modifiee`);
		})
};
