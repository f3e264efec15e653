import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { posts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { expiryFrom } from './lifetime.ts';
import { isRenewable, loadManageablePost } from './post-access.ts';

/**
 * The author (or a coordinator) prolongs an open post, expired or not: it gets a new full lifetime counted from
 * its current expiry, or from now if that has passed, and a new expiry notice will be sent in time.
 *
 * Prolonging is possible from the moment the notice is due (7 days before the expiry): a second click, or the
 * emailed link opened again, then finds the post already prolonged and changes nothing (decision 013).
 */
export async function renewPost(options: { actor: Actor | null; networkId: string; postId: string }) {
	return db().transaction(async (tx) => {
		const { account, post } = await loadManageablePost(tx, options);
		if (post.status !== 'open') throw new AppError('post_not_open');
		const at = now();
		if (!isRenewable(post, at)) return { renewed: false, expiresAt: post.expiresAt };
		const from = post.expiresAt.getTime() > at.getTime() ? post.expiresAt : at;
		const expiresAt = expiryFrom(post.kind as 'offer' | 'request', from);
		// Only if nobody prolonged it in the meantime (two clicks at once prolong it once).
		const [renewed] = await tx
			.update(posts)
			.set({ expiresAt, expiryNoticeSentAt: null, updatedAt: at, updatedByAccountId: account.accountId })
			.where(and(eq(posts.id, post.id), eq(posts.expiresAt, post.expiresAt), eq(posts.status, 'open')))
			.returning({ expiresAt: posts.expiresAt });
		if (renewed) return { renewed: true, expiresAt: renewed.expiresAt };
		const [current] = await tx.select({ expiresAt: posts.expiresAt }).from(posts).where(eq(posts.id, post.id));
		return { renewed: false, expiresAt: current.expiresAt };
	});
}
