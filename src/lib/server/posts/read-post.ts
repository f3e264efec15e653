// A post page for whoever opens its address (decision 013). A live public post is readable by its own URL
// whatever the number of networks: a visitor of an instance with several networks has no current network to
// look it up in, and a member of another network reads the same public version as a visitor.
import { and, eq, gt } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { networks, posts, themes } from '../db/schema/index.ts';
import { AppError, isAppError, type ErrorCode } from '../errors.ts';
import { getPost, publicVersion, skillsOf, view, type PostView } from './get-post.ts';

/** The network a post shown outside it belongs to (null when the page is in the post's own network). */
export type PostNetwork = { name: string; town: string } | null;

/** The public version of a live public post of an active network, found by its id alone; null otherwise. */
export async function findPublicPost(postId: string): Promise<(PostView & { network: PostNetwork }) | null> {
	if (!isUuid(postId)) return null;
	const [row] = await db()
		.select({ post: posts, themeName: themes.name, network: { name: networks.name, town: networks.town } })
		.from(posts)
		.innerJoin(themes, eq(themes.id, posts.themeId))
		.innerJoin(networks, eq(networks.id, posts.networkId))
		.where(
			and(
				eq(posts.id, postId),
				eq(posts.visibility, 'public'),
				eq(posts.status, 'open'),
				gt(posts.expiresAt, now()),
				// A suspended network's public posts are not shown (decision 007).
				eq(networks.status, 'active')
			)
		);
	if (!row) return null;
	const skills = await skillsOf(postId);
	return { ...view(row.post, skills), state: 'open', themeName: row.themeName, ...publicVersion, network: row.network };
}

// Refusals after which the public version may still be shown: they say « not here » or « not for you », and a
// public post is for everyone. Any other refusal is the page's answer.
const PUBLIC_FALLBACK = new Set<ErrorCode>(['not_found', 'not_member', 'not_logged_in', 'membership_pending']);

/**
 * The post as this person may see it in the current network (getPost), or else its public version. Without a
 * public version, the refusal is the current network's (log in, wait for approval, not found), so nothing tells
 * whether a members-only post exists.
 */
export async function readPost(options: {
	actor: Actor | null;
	/** The current network; null for a visitor of an instance with several networks. */
	networkId: string | null;
	postId: string;
}): Promise<PostView & { network: PostNetwork }> {
	const { actor, networkId, postId } = options;
	let refusal = new AppError(actor ? 'not_member' : 'not_logged_in');
	if (networkId) {
		try {
			return { ...(await getPost({ actor, networkId, postId })), network: null };
		} catch (error) {
			if (!isAppError(error) || !PUBLIC_FALLBACK.has(error.code)) throw error;
			refusal = error;
		}
	}
	const found = await findPublicPost(postId);
	if (found) return found;
	throw refusal;
}
