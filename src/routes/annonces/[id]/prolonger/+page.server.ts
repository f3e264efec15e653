import { z } from 'zod';
import { getManagedPost } from '#lib/server/posts/get-managed-post.ts';
import { POST_LIFETIME_DAYS } from '#lib/server/posts/lifetime.ts';
import { renewPost } from '#lib/server/posts/renew-post.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { Actions, PageServerLoad } from './$types';

// The page the expiry email links to: GET only shows the one-button confirmation, the POST prolongs.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const post = await getManagedPost({ ...scopeOf(event), postId: event.params.id, purpose: 'renew' });
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
			const result = await renewPost({ ...scopeOf(event), postId: event.params.id });
			return { renewed: result.renewed, expiresAt: result.expiresAt };
		})
};
