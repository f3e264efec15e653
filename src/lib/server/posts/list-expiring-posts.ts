import { and, asc, eq, gt, lte } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { posts } from '../db/schema/index.ts';
import { DAY_MS, postState } from './post-access.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE } from './lifetime.ts';

/** How long after its expiry a post is still mentioned on the home page. */
const RECENTLY_EXPIRED_DAYS = 30;

/**
 * The in-app notice: the actor's open posts in this network that expire within 7 days or expired in the last
 * 30 days, soonest first, each to be prolonged in one click (/annonces/<id>/prolonger).
 */
export async function listExpiringPosts(options: { actor: Actor | null; networkId: string }) {
	const author = requireMember(options.actor, options.networkId);
	const at = now();
	const rows = await db()
		.select({ id: posts.id, kind: posts.kind, title: posts.title, status: posts.status, expiresAt: posts.expiresAt })
		.from(posts)
		.where(
			and(
				eq(posts.networkId, options.networkId),
				eq(posts.authorAccountId, author.accountId),
				eq(posts.status, 'open'),
				lte(posts.expiresAt, new Date(at.getTime() + EXPIRY_NOTICE_DAYS_BEFORE * DAY_MS)),
				gt(posts.expiresAt, new Date(at.getTime() - RECENTLY_EXPIRED_DAYS * DAY_MS))
			)
		)
		.orderBy(asc(posts.expiresAt))
		.limit(20);
	return rows.map((row) => ({ ...row, state: postState(row, at) }));
}
