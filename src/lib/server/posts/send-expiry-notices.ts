// Seven days before a post expires, its author gets an email with a one-click « prolonger » link. Run by every
// job worker every few minutes (jobs/worker.ts): each post is taken in its own short transaction with
// FOR UPDATE SKIP LOCKED, so several processes can sweep at once and each notice is sent once.
import { and, asc, eq, gt, isNull, lte } from 'drizzle-orm';
import type { Locale } from '../accounts/locale.ts';
import { now } from '../clock.ts';
import { backgroundOrigin } from '../config.ts';
import { db } from '../db/client.ts';
import { accounts, networks, posts } from '../db/schema/index.ts';
import { postExpiringEmail } from '../email/templates.ts';
import { queueEmail } from '../email/queue-email.ts';
import { DAY_MS } from './post-access.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE } from './lifetime.ts';

/**
 * Sends the notices that are due: open posts expiring within 7 days (and not yet expired) whose notice was not
 * sent. Authors without email get none (they see the in-app notice). Returns how many posts were handled.
 */
export async function sendExpiryNotices(options: { origin?: string; limit?: number } = {}): Promise<number> {
	const origin = options.origin ?? backgroundOrigin();
	const limit = options.limit ?? 500;
	let handled = 0;
	while (handled < limit && (await noticeOnePost(origin))) handled++;
	return handled;
}

async function noticeOnePost(origin: string): Promise<boolean> {
	return db().transaction(async (tx) => {
		const at = now();
		const [post] = await tx
			.select({
				id: posts.id,
				title: posts.title,
				networkId: posts.networkId,
				authorAccountId: posts.authorAccountId,
				expiresAt: posts.expiresAt
			})
			.from(posts)
			.where(
				and(
					eq(posts.status, 'open'),
					isNull(posts.expiryNoticeSentAt),
					gt(posts.expiresAt, at),
					lte(posts.expiresAt, new Date(at.getTime() + EXPIRY_NOTICE_DAYS_BEFORE * DAY_MS))
				)
			)
			.orderBy(asc(posts.expiresAt))
			.limit(1)
			.for('update', { skipLocked: true });
		if (!post) return false;

		const [author] = await tx
			.select({ name: accounts.name, email: accounts.email, locale: accounts.locale, network: networks.name })
			.from(accounts)
			// A suspended network's authors are not emailed; the notice counts as given (decision 007).
			.innerJoin(networks, and(eq(networks.id, post.networkId), eq(networks.status, 'active')))
			.where(eq(accounts.id, post.authorAccountId));
		if (author?.email) {
			const message = postExpiringEmail({
				locale: author.locale as Locale,
				name: author.name,
				title: post.title,
				network: author.network,
				expiresAt: post.expiresAt,
				url: `${origin}/annonces/${post.id}/prolonger`
			});
			await queueEmail({ to: author.email, toAccountId: post.authorAccountId, message, tx });
		}
		await tx.update(posts).set({ expiryNoticeSentAt: at }).where(eq(posts.id, post.id));
		return true;
	});
}
