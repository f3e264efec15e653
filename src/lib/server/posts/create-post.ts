import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Tx } from '../db/client.ts';
import { postSkills, posts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { expiryFrom } from './lifetime.ts';
import { checkThemeAndSkills, contentColumns, type PostContent } from './post-access.ts';

/**
 * A member publishes an offer or a request in their network. It is seen by the network's members only, unless a
 * coordinator publishes a public version (shown to visitors without names). It expires after the lifetime of
 * its kind (lifetime.ts). Returns the saved post.
 */
export async function createPost(
	options: {
		actor: Actor | null;
		networkId: string;
		kind: 'offer' | 'request';
		/** Writes what belongs with the post in the same transaction (a job-search request's CV, decision 031). */
		onCreated?: (tx: Tx, post: typeof posts.$inferSelect) => Promise<void>;
	} & PostContent
) {
	const author = requireMember(options.actor, options.networkId);
	const visibility = options.visibility ?? 'members';
	if (visibility === 'public' && !isCoordinator(author, options.networkId)) {
		throw new AppError('forbidden', 'visibility');
	}
	return db().transaction(async (tx) => {
		const skillIds = await checkThemeAndSkills(tx, options);
		const at = now();
		const [post] = await tx
			.insert(posts)
			.values({
				...contentColumns(options),
				networkId: options.networkId,
				authorAccountId: author.accountId,
				kind: options.kind,
				visibility,
				expiresAt: expiryFrom(options.kind, at),
				createdAt: at,
				updatedAt: at,
				updatedByAccountId: author.accountId
			})
			.returning();
		if (skillIds.length > 0) {
			await tx
				.insert(postSkills)
				.values(skillIds.map((skillId) => ({ networkId: options.networkId, postId: post.id, skillId })));
		}
		await options.onCreated?.(tx, post);
		// The members who fit a request best are told about it (notifications/notify-matches.ts).
		if (post.kind === 'request') await enqueueJob('notify-matches', { postId: post.id }, { tx });
		return post;
	});
}
