import { listIntroductionsOfPost } from '#lib/server/introductions/list-introductions.ts';
import { isUnanswered } from '#lib/server/introductions/list-unanswered.ts';
import { moveIntroduction } from '#lib/server/introductions/move-introduction.ts';
import { answerPost, introduceMembers } from '#lib/server/introductions/open-introduction.ts';
import { isCoordinator } from '#lib/server/auth/policies.ts';
import { listMembersForCoordinator } from '#lib/server/networks/list-members.ts';
import { matchPost } from '#lib/server/matching/match-post.ts';
import { introduceInput, moveIntroductionInput } from '#lib/validation/introductions.ts';
import { z } from 'zod';
import { closePost } from '#lib/server/posts/close-post.ts';
import { getPost } from '#lib/server/posts/get-post.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { closePostInput } from '#lib/validation/posts.ts';
import type { Actions, PageServerLoad } from './$types';

// After a redirect, ?fait=… says what was just done (no state change, just the sentence to show).
const DONE = ['publiee', 'modifiee'] as const;
const MAX_LISTED_MEMBERS = 300;

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = { actor: event.locals.actor, networkId: currentNetworkId(event.locals), postId: event.params.id };
		const post = await getPost(scope);
		const done = DONE.find((d) => d === event.url.searchParams.get('fait'));
		// The people who fit are shown to the author and the coordinators, who can reach out to them.
		const matches = post.canManage && post.state === 'open' ? await matchPost(scope) : null;
		// Visitors of a public post see no introductions (they are not members).
		const introductions = post.authorName === null ? [] : await listIntroductionsOfPost(scope);
		// The author of a request nobody answered is told what the network does about it.
		const unanswered = post.isAuthor && post.state === 'open' && isUnanswered(post, introductions.length);
		// Coordinators may bring people in themselves; a plain list only while the network is small enough to scroll.
		const canIntroduce = isCoordinator(scope.actor, scope.networkId) && post.state === 'open';
		const active = canIntroduce ? (await listMembersForCoordinator(scope)).active : [];
		const others =
			active.length <= MAX_LISTED_MEMBERS
				? active
						.filter((a) => a.accountId !== post.authorAccountId)
						.map((a) => ({ accountId: a.accountId, name: a.name }))
				: [];
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
