import { and, asc, eq } from 'drizzle-orm';
import { membershipIn, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, postSkills, posts, skills, themes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { canManagePost, isRenewable, isUuid, postState } from './post-access.ts';

/**
 * One post of the network with its author's name, theme and skills, for its members. An expired, fulfilled or
 * closed post is shown only to its author and the coordinators; to anyone else it does not exist. A live post
 * made public by a coordinator is also shown to visitors, without the author's name.
 */
export async function getPost(options: { actor: Actor | null; networkId: string; postId: string }) {
	const { actor, networkId, postId } = options;
	const [row] = isUuid(postId)
		? await db()
				.select({ post: posts, authorName: accounts.name, themeName: themes.name })
				.from(posts)
				.innerJoin(accounts, eq(accounts.id, posts.authorAccountId))
				.innerJoin(themes, eq(themes.id, posts.themeId))
				.where(and(eq(posts.id, postId), eq(posts.networkId, networkId)))
		: [];
	const at = now();
	const state = row ? postState(row.post, at) : undefined;

	if (membershipIn(actor, networkId)?.status !== 'active') {
		if (row && state === 'open' && row.post.visibility === 'public') {
			return { ...view(row.post, await skillsOf(postId)), state, themeName: row.themeName, ...publicVersion };
		}
		requireMember(actor, networkId); // throws: log in, wait for approval, or not a member
	}
	if (!row) throw new AppError('not_found');
	const canManage = canManagePost(actor, networkId, row.post);
	if (state !== 'open' && !canManage) throw new AppError('not_found');
	return {
		...view(row.post, await skillsOf(postId)),
		state: state!,
		themeName: row.themeName,
		authorName: row.authorName as string | null,
		authorAccountId: row.post.authorAccountId as string | null,
		isAuthor: actor?.accountId === row.post.authorAccountId,
		canManage,
		canRenew: canManage && isRenewable(row.post, at)
	};
}

export const publicVersion = {
	authorName: null,
	authorAccountId: null,
	isAuthor: false,
	canManage: false,
	canRenew: false
};

export function view(post: typeof posts.$inferSelect, skillList: { id: string; name: string }[]) {
	return {
		id: post.id,
		kind: post.kind as 'offer' | 'request',
		title: post.title,
		description: post.description,
		themeId: post.themeId,
		skills: skillList,
		format: post.format,
		placeKind: post.placeKind,
		place: post.place,
		whenKind: post.whenKind,
		startsAt: post.startsAt,
		whenNote: post.whenNote,
		visibility: post.visibility,
		status: post.status,
		expiresAt: post.expiresAt,
		createdAt: post.createdAt,
		updatedAt: post.updatedAt
	};
}

export function skillsOf(postId: string) {
	return db()
		.select({ id: skills.id, name: skills.name })
		.from(postSkills)
		.innerJoin(skills, eq(skills.id, postSkills.skillId))
		.where(eq(postSkills.postId, postId))
		.orderBy(asc(skills.name));
}

export type PostView = Awaited<ReturnType<typeof getPost>>;
