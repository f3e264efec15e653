import { z } from 'zod';
import { moveIntroduction } from '#lib/server/introductions/move-introduction.ts';
import { answerPost, introduceMembers } from '#lib/server/introductions/open-introduction.ts';
import { closePost } from '#lib/server/posts/close-post.ts';
import { postPage } from '#lib/server/posts/post-page.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf, visitorScopeOf } from '#lib/server/web/scope.ts';
import { introduceInput, moveIntroductionInput } from '#lib/validation/introductions.ts';
import { closePostInput } from '#lib/validation/posts.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		// A public post opens by its address even without a current network (a visitor, several networks).
		const { actor, networkId } = visitorScopeOf(event);
		const page = await postPage({ actor, networkId, postId: event.params.id });
		return { ...page, done: flashOf(event, ['publiee', 'modifiee']) };
	});

const thePost = (event: RequestEvent) => ({ ...scopeOf(event), postId: event.params.id });

export const actions: Actions = {
	answer: (event) =>
		handleForm(event, z.object({}), async () => {
			await answerPost(thePost(event));
			return { answered: true };
		}),
	introduce: (event) =>
		handleForm(event, introduceInput, async (input) => {
			await introduceMembers({ ...thePost(event), accountIds: input.accountIds });
			return { introduced: true };
		}),
	move: (event) =>
		handleForm(event, moveIntroductionInput, async (input) => {
			await moveIntroduction({ ...scopeOf(event), ...input });
			return { moved: true };
		}),
	close: (event) =>
		handleForm(event, closePostInput, async (input) => {
			await closePost({ ...thePost(event), outcome: input.outcome });
			return { closed: input.outcome };
		})
};
