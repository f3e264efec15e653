// When a request is published, the members who fit it best are told (decision 020): at most
// MATCH_NOTICES_PER_REQUEST people, and nobody more than MATCH_NOTICES_PER_DAY times a day. Run as a job
// queued with the request, so it is done once the request is saved, and done again safely if it fails midway.
import { and, eq, gt } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { notifications, posts } from '../db/schema/index.ts';
import { rankMatches } from '../matching/match-post.ts';
import { MATCH_NOTICES_PER_DAY, MATCH_NOTICES_PER_REQUEST } from './kinds.ts';
import { notify } from './notify.ts';

/** Looking further down the ranking than N lets capped or already-told people be replaced by the next ones. */
const CANDIDATES = MATCH_NOTICES_PER_REQUEST * 4;

/** Returns the ids of the members told this time. */
export async function notifyMatches(postId: string): Promise<string[]> {
	if (!isUuid(postId)) return [];
	const [post] = await db()
		.select({ id: posts.id, networkId: posts.networkId, title: posts.title })
		.from(posts)
		.where(and(eq(posts.id, postId), eq(posts.kind, 'request'), eq(posts.status, 'open'), gt(posts.expiresAt, now())));
	if (!post) return [];
	const link = `/annonces/${post.id}`;
	// A second run (after a failure) counts the people told by the first one.
	const before = await db()
		.select({ accountId: notifications.accountId })
		.from(notifications)
		.where(and(eq(notifications.kind, 'match'), eq(notifications.link, link)));
	const told: string[] = [];
	for (const match of await rankMatches(post.networkId, post.id, CANDIDATES)) {
		if (before.length + told.length >= MATCH_NOTICES_PER_REQUEST) break;
		const written = await db().transaction((tx) =>
			notify(tx, {
				networkId: post.networkId,
				accountId: match.accountId,
				kind: 'match',
				params: { title: post.title },
				link,
				dailyCap: MATCH_NOTICES_PER_DAY
			})
		);
		if (written) told.push(match.accountId);
	}
	return told;
}
