import { listIntroductionsOfPost } from '#lib/server/introductions/list-introductions.ts';
import { isUnanswered } from '#lib/server/introductions/list-unanswered.ts';
import { moveIntroduction } from '#lib/server/introductions/move-introduction.ts';
import { answerPost, introduceMembers } from '#lib/server/introductions/open-introduction.ts';
import { isCoordinator } from '#lib/server/auth/policies.ts';
import { membersToIntroduce } from '#lib/server/introductions/members-to-introduce.ts';
import { matchPost } from '#lib/server/matching/match-post.ts';
import { introduceInput, moveIntroductionInput } from '#lib/validation/introductions.ts';
import { z } from 'zod';
import { closePost } from '#lib/server/posts/close-post.ts';
import { readPost } from '#lib/server/posts/read-post.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { closePostInput } from '#lib/validation/posts.ts';
import type { Actions, PageServerLoad } from './$types';

// After a redirect, ?fait=… says what was just done (no state change, just the sentence to show).
const DONE = ['publiee', 'modifiee'] as const;

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { actor, network } = event.locals;
		// A public post opens by its address even without a current network (a visitor, several networks).
		const post = await readPost({ actor, networkId: network?.id ?? null, postId: event.params.id });
		const done = DONE.find((d) => d === event.url.searchParams.get('fait'));
		// The public version (authorName null) is all there is to show: no matches, introductions nor steps.
		if (post.authorName === null) {
			return { post, done, matches: null, introductions: [], unanswered: false, canIntroduce: false, others: [] };
		}
		const scope = { actor, networkId: currentNetworkId(event.locals), postId: event.params.id };
		const open = post.state === 'open';
		const canIntroduce = isCoordinator(scope.actor, scope.networkId) && open;
		const [matches, introductions, others] = await Promise.all([
			// The people who fit are shown to the author and the coordinators, who can reach out to them.
			post.canManage && open ? matchPost(scope) : null,
			listIntroductionsOfPost(scope),
			// Coordinators may bring people in themselves: the matches, or any active member while the list is short.
			canIntroduce && post.authorAccountId
				? membersToIntroduce({ ...scope, authorAccountId: post.authorAccountId })
				: []
		]);
		// The author of a request nobody answered is told what the network does about it.
		const unanswered = post.isAuthor && open && isUnanswered(post, introductions.length);
		return { post, done, matches, introductions, unanswered, canIntroduce, others };
	});

export const actions: Actions = {
	answer: (event) =>
		handleForm(event, z.object({}), async () => {
			await answerPost({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				postId: event.params.id
			});
			return { answered: true };
		}),
	introduce: (event) =>
		handleForm(event, introduceInput, async (input) => {
			await introduceMembers({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				postId: event.params.id,
				accountIds: input.accountIds
			});
			return { introduced: true };
		}),
	move: (event) =>
		handleForm(event, moveIntroductionInput, async (input) => {
			await moveIntroduction({ actor: event.locals.actor, networkId: currentNetworkId(event.locals), ...input });
			return { moved: true };
		}),
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
