import { and, eq, gt, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { posts } from '../db/schema/index.ts';
import { isUuid } from './post-access.ts';
import { postCardPage } from './post-cards.ts';

/**
 * The latest live posts of the network (open and not expired), optionally of one kind and one theme, 20 a
 * page. Members only; expired, fulfilled and closed posts never show here.
 */
export async function listPosts(options: {
	actor: Actor | null;
	networkId: string;
	kind?: 'offer' | 'request';
	themeId?: string;
	page?: number;
}) {
	requireMember(options.actor, options.networkId);
	const { kind, themeId } = options;
	return postCardPage(
		options.networkId,
		and(
			eq(posts.status, 'open'),
			gt(posts.expiresAt, now()),
			kind ? eq(posts.kind, kind) : undefined,
			themeId ? (isUuid(themeId) ? eq(posts.themeId, themeId) : sql`false`) : undefined
		),
		options.page ?? 1
	);
}
