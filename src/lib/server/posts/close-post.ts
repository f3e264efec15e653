import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { posts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { loadManageablePost } from './post-access.ts';

/**
 * The author or a coordinator marks an open post fulfilled (« réalisée ») or closes it. It leaves the lists and
 * search at once, and stays in its author's « Mes annonces ». There is no reopening: publish a new post.
 */
export async function closePost(options: {
	actor: Actor | null;
	networkId: string;
	postId: string;
	outcome: 'fulfilled' | 'closed';
}) {
	const { account, post } = await loadManageablePost(db(), options);
	const at = now();
	// The status condition makes a second click (or a second person) a clear refusal, not a silent overwrite.
	const [closed] = await db()
		.update(posts)
		.set({ status: options.outcome, closedAt: at, updatedAt: at, updatedByAccountId: account.accountId })
		.where(and(eq(posts.id, post.id), eq(posts.status, 'open')))
		.returning();
	if (!closed) throw new AppError('post_not_open');
	return closed;
}
