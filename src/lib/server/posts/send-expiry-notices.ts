// Seven days before a post expires, its author gets an email with a one-click « prolonger » link. Run by every
// job worker every few minutes (jobs/worker.ts): posts are taken in small batches (jobs/batches.ts), each in its
// own short transaction with FOR UPDATE SKIP LOCKED, so several processes can sweep at once and each notice is
// sent once, and requests get their turn between batches.
import { and, asc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { Locale } from '../accounts/locale.ts';
import { now } from '../clock.ts';
import { backgroundOrigin } from '../config.ts';
import { db } from '../db/client.ts';
import { accounts, networks, posts } from '../db/schema/index.ts';
import { postExpiringEmail } from '../email/templates.ts';
import { queueEmail } from '../email/queue-email.ts';
import { inBatches } from '../jobs/batches.ts';
import { DAY_MS } from './post-access.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE } from './lifetime.ts';

/**
 * Sends the notices that are due: open posts expiring within 7 days (and not yet expired) whose notice was not
 * sent. Authors without email get none (they see the in-app notice). Returns how many posts were handled.
 */
export async function sendExpiryNotices(options: { origin?: string; limit?: number } = {}): Promise<number> {
	const origin = options.origin ?? backgroundOrigin();
	return inBatches(options.limit ?? 500, (size) => noticeBatch(origin, size));
}

/** One short transaction: up to `size` due posts, locked (others skip them), emailed and marked. */
async function noticeBatch(origin: string, size: number): Promise<number> {
	return db().transaction(async (tx) => {
		const at = now();
		const due = await tx
			.select({
				id: posts.id,
				title: posts.title,
				authorAccountId: posts.authorAccountId,
				expiresAt: posts.expiresAt,
				name: accounts.name,
				email: accounts.email,
				locale: accounts.locale,
				network: networks.name,
				networkStatus: networks.status
			})
			.from(posts)
			.innerJoin(accounts, eq(accounts.id, posts.authorAccountId))
			.innerJoin(networks, eq(networks.id, posts.networkId))
			.where(
				and(
					eq(posts.status, 'open'),
					isNull(posts.expiryNoticeSentAt),
					gt(posts.expiresAt, at),
					lte(posts.expiresAt, new Date(at.getTime() + EXPIRY_NOTICE_DAYS_BEFORE * DAY_MS))
				)
			)
			.orderBy(asc(posts.expiresAt), asc(posts.id))
			.limit(size)
			.for('update', { of: posts, skipLocked: true });
		for (const post of due) {
			// A suspended network's authors are not emailed; the notice counts as given (decision 007).
			if (!post.email || post.networkStatus !== 'active') continue;
			const message = postExpiringEmail({
				locale: post.locale as Locale,
				name: post.name,
				title: post.title,
				network: post.network,
				expiresAt: post.expiresAt,
				url: `${origin}/annonces/${post.id}/prolonger`
			});
			await queueEmail({ to: post.email, toAccountId: post.authorAccountId, message, tx });
		}
		if (due.length > 0) {
			await tx
				.update(posts)
				.set({ expiryNoticeSentAt: at })
				.where(
					inArray(
						posts.id,
						due.map((post) => post.id)
					)
				);
		}
		return due.length;
	});
}
