import { eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { posts } from '../db/schema/index.ts';
import { postCardPage } from './post-cards.ts';

/**
 * « Mes annonces »: all the actor's posts in this network, expired, fulfilled and closed ones included, each with
 * its state, newest first, 20 a page.
 */
export async function listMyPosts(options: { actor: Actor | null; networkId: string; page?: number }) {
	const author = requireMember(options.actor, options.networkId);
	return postCardPage(options.networkId, eq(posts.authorAccountId, author.accountId), options.page ?? 1);
}
