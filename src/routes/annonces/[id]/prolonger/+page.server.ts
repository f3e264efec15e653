import { z } from 'zod';
import { requireMember } from '#lib/server/auth/policies.ts';
import { AppError } from '#lib/server/errors.ts';
import { getPost } from '#lib/server/posts/get-post.ts';
import { POST_LIFETIME_DAYS } from '#lib/server/posts/lifetime.ts';
import { renewPost } from '#lib/server/posts/renew-post.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import type { Actions, PageServerLoad } from './$types';

// The page the expiry email links to: GET only shows the one-button confirmation, the POST prolongs.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { actor } = event.locals;
		const networkId = currentNetworkId(event.locals);
		// The emailed link: a visitor logs in first and comes back here, even if the post is public.
		requireMember(actor, networkId);
		const post = await getPost({ actor, networkId, postId: event.params.id });
		if (!post.canManage) throw new AppError('forbidden');
		return {
			post: {
				id: post.id,
				title: post.title,
				state: post.state,
				status: post.status,
				expiresAt: post.expiresAt,
				canRenew: post.canRenew
			},
			days: POST_LIFETIME_DAYS[post.kind]
		};
	});

export const actions: Actions = {
	default: (event) =>
		handleForm(event, z.object({}), async () => {
			const result = await renewPost({
				actor: event.locals.actor,
				networkId: currentNetworkId(event.locals),
				postId: event.params.id
			});
			return { renewed: result.renewed, expiresAt: result.expiresAt };
		})
};
