import { and, eq, sql } from 'drizzle-orm';
import { requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Tx } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { introductionPeople, introductions, posts } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { activeMemberIds } from '../networks/active-members.ts';
import { notify } from '../notifications/notify.ts';
import { isUuid } from '../db/ids.ts';

/** A live post of the network (open, not expired); anything else is not found from here. */
async function livePost(tx: Tx, networkId: string, postId: string) {
	if (!isUuid(postId)) throw new AppError('not_found');
	const [post] = await tx
		.select({ id: posts.id, title: posts.title, authorAccountId: posts.authorAccountId })
		.from(posts)
		.where(
			and(
				eq(posts.id, postId),
				eq(posts.networkId, networkId),
				eq(posts.status, 'open'),
				sql`${posts.expiresAt} > ${now().toISOString()}::timestamptz`
			)
		);
	if (!post) throw new AppError('not_found');
	return post;
}

async function insertIntroduction(
	tx: Tx,
	values: { networkId: string; postId: string; origin: 'answer' | 'coordinator'; createdBy: string },
	people: { accountId: string; role: 'author' | 'participant' }[]
) {
	const [created] = await tx
		.insert(introductions)
		.values({
			networkId: values.networkId,
			postId: values.postId,
			origin: values.origin,
			createdByAccountId: values.createdBy,
			proposedAt: now()
		})
		.returning();
	await tx
		.insert(introductionPeople)
		.values(people.map((p) => ({ introductionId: created.id, networkId: values.networkId, ...p })));
	return created;
}

/** « Je peux aider » / « Ça m'intéresse »: a member answers someone else's live post, once while it is under way. */
export async function answerPost(options: { actor: Actor | null; networkId: string; postId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	try {
		return await db().transaction(async (tx) => {
			const post = await livePost(tx, options.networkId, options.postId);
			if (post.authorAccountId === actor.accountId) throw new AppError('own_post');
			const created = await insertIntroduction(
				tx,
				{ networkId: options.networkId, postId: post.id, origin: 'answer', createdBy: actor.accountId },
				[
					{ accountId: post.authorAccountId, role: 'author' },
					{ accountId: actor.accountId, role: 'participant' }
				]
			);
			await notify(tx, {
				networkId: options.networkId,
				accountId: post.authorAccountId,
				kind: 'answer',
				params: { name: actor.name, title: post.title },
				link: `/annonces/${post.id}`
			});
			return created;
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('already_answered');
		throw error;
	}
}

/** A coordinator brings one or more active members to a post, e.g. on behalf of a member without email. */
export async function introduceMembers(options: {
	actor: Actor | null;
	networkId: string;
	postId: string;
	accountIds: string[];
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const wanted = [...new Set(options.accountIds)];
	if (wanted.length === 0) throw new AppError('invalid_input', 'accountIds');
	if (!wanted.every((id) => isUuid(id))) throw new AppError('not_found', 'accountIds');
	return db().transaction(async (tx) => {
		const post = await livePost(tx, options.networkId, options.postId);
		if (wanted.includes(post.authorAccountId)) throw new AppError('own_post', 'accountIds');
		const active = await activeMemberIds(tx, options.networkId, wanted);
		if (active.size !== wanted.length) throw new AppError('not_found', 'accountIds');
		const created = await insertIntroduction(
			tx,
			{ networkId: options.networkId, postId: post.id, origin: 'coordinator', createdBy: actor.accountId },
			[
				{ accountId: post.authorAccountId, role: 'author' as const },
				...wanted.map((accountId) => ({ accountId, role: 'participant' as const }))
			]
		);
		for (const accountId of [post.authorAccountId, ...wanted]) {
			await notify(tx, {
				networkId: options.networkId,
				accountId,
				kind: 'introduction',
				params: { title: post.title },
				link: `/annonces/${post.id}`
			});
		}
		return created;
	});
}
