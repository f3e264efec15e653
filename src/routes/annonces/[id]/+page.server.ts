import { closePost } from '#lib/server/posts/close-post.ts';
import { getPost } from '#lib/server/posts/get-post.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { closePostInput } from '#lib/validation/posts.ts';
import type { Actions, PageServerLoad } from './$types';

// After a redirect, ?fait=… says what was just done (no state change, just the sentence to show).
const DONE = ['publiee', 'modifiee'] as const;

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const post = await getPost({
			actor: event.locals.actor,
			networkId: currentNetworkId(event.locals),
			postId: event.params.id
		});
		const done = DONE.find((d) => d === event.url.searchParams.get('fait'));
		return { post, done };
	});

export const actions: Actions = {
	close: (event) =>
		handleForm(event, closePostInput, async (input) => {
			await closePost({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				postId: event.params.id,
				outcome: input.outcome
			});
			return { closed: input.outcome };
		})
};
