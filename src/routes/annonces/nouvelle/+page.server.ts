import { redirect } from '@sveltejs/kit';
import { createPost } from '#lib/server/posts/create-post.ts';
import { postFormChoices } from '#lib/server/posts/post-form-choices.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { postInput } from '#lib/validation/posts.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const choices = await postFormChoices({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) });
		// /annonces/nouvelle?type=offre opens the form on an offer.
		const kind = event.url.searchParams.get('type') === 'offre' ? 'offer' : 'request';
		return { choices, initial: { kind } };
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, postInput, async (input) => {
			const post = await createPost({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), ...input });
			redirect(303, `/annonces/${post.id}?fait=publiee`);
		})
};
