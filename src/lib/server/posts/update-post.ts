import { eq } from 'drizzle-orm';
import { isCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { postSkills, posts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { checkThemeAndSkills, contentColumns, loadManageablePost, type PostContent } from './post-access.ts';

/**
 * The author or a coordinator of the network edits an open post; the kind and the expiry stay. Only a
 * coordinator can make a post public (anyone who may edit can make it members-only again). Records who edited.
 */
export async function updatePost(options: { actor: Actor | null; networkId: string; postId: string } & PostContent) {
	return db().transaction(async (tx) => {
		const { account, post } = await loadManageablePost(tx, options);
		if (post.status !== 'open') throw new AppError('post_not_open');
		const visibility = options.visibility ?? post.visibility;
		if (visibility === 'public' && post.visibility !== 'public' && !isCoordinator(account, options.networkId)) {
			throw new AppError('forbidden', 'visibility');
		}
		const skillIds = await checkThemeAndSkills(tx, { ...options, currentThemeId: post.themeId });
		const [updated] = await tx
			.update(posts)
			.set({ ...contentColumns(options), visibility, updatedAt: now(), updatedByAccountId: account.accountId })
			.where(eq(posts.id, post.id))
			.returning();
		await tx.delete(postSkills).where(eq(postSkills.postId, post.id));
		if (skillIds.length > 0) {
			await tx
				.insert(postSkills)
				.values(skillIds.map((skillId) => ({ networkId: options.networkId, postId: post.id, skillId })));
		}
		return updated;
	});
}
