// What the post use cases share: finding a post inside one network (a post of another network does not exist
// here), who may manage it, its state as people see it, and the checks on its theme and skills.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import type { Queryable } from '../db/client.ts';
import { posts, skills, themes } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE } from './lifetime.ts';
import { isUuid } from '../db/ids.ts';

export type PostRow = typeof posts.$inferSelect;
/** What a person sees: `expired` is an open post whose time has run out. */
export type PostState = 'open' | 'expired' | 'fulfilled' | 'closed';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const PAGE_SIZE = 20;

export function postState(post: { status: string; expiresAt: Date }, at: Date = now()): PostState {
	if (post.status === 'fulfilled' || post.status === 'closed') return post.status;
	return post.expiresAt.getTime() <= at.getTime() ? 'expired' : 'open';
}

/** An open post can be prolonged once its expiry notice is due (7 days before) or after it expired. */
export function isRenewable(post: { status: string; expiresAt: Date }, at: Date = now()): boolean {
	return post.status === 'open' && post.expiresAt.getTime() - at.getTime() <= EXPIRY_NOTICE_DAYS_BEFORE * DAY_MS;
}

export { isUuid } from '../db/ids.ts';

/** The post if it belongs to this network; an id that is not even a UUID (a typed URL) finds nothing. */
export async function findPostInNetwork(q: Queryable, networkId: string, postId: string) {
	if (!isUuid(postId)) return undefined;
	const [post] = await q
		.select()
		.from(posts)
		.where(and(eq(posts.id, postId), eq(posts.networkId, networkId)));
	return post;
}

export function canManagePost(actor: Actor | null, networkId: string, post: { authorAccountId: string }): boolean {
	return actor?.accountId === post.authorAccountId || isCoordinator(actor, networkId);
}

/** The post, for its author or a coordinator of its network; `not_found` outside the network, else `forbidden`. */
export async function loadManageablePost(
	q: Queryable,
	options: { actor: Actor | null; networkId: string; postId: string }
) {
	const account = requireMember(options.actor, options.networkId);
	const post = await findPostInNetwork(q, options.networkId, options.postId);
	if (!post) throw new AppError('not_found');
	if (!canManagePost(account, options.networkId, post)) throw new AppError('forbidden');
	return { account, post };
}

/**
 * The theme must be a theme of this network that takes new posts; when editing, the post may keep the theme it
 * has even if a coordinator archived it since. Every skill must be a skill of this network.
 */
export async function checkThemeAndSkills(
	q: Queryable,
	options: { networkId: string; themeId: string; skillIds: string[]; currentThemeId?: string }
) {
	if (!isUuid(options.themeId)) throw new AppError('theme_unknown', 'themeId');
	const [theme] = await q
		.select({ id: themes.id })
		.from(themes)
		.where(
			and(
				eq(themes.id, options.themeId),
				eq(themes.networkId, options.networkId),
				options.themeId === options.currentThemeId ? undefined : isNull(themes.archivedAt)
			)
		);
	if (!theme) throw new AppError('theme_unknown', 'themeId');

	const wanted = [...new Set(options.skillIds)];
	if (wanted.length === 0) return wanted;
	if (!wanted.every((id) => isUuid(id))) throw new AppError('skill_unknown', 'skillIds');
	const found = await q
		.select({ id: skills.id })
		.from(skills)
		.where(and(eq(skills.networkId, options.networkId), inArray(skills.id, wanted)));
	if (found.length !== wanted.length) throw new AppError('skill_unknown', 'skillIds');
	return wanted;
}

/** What a post says, as the create and edit forms give it (validated by src/lib/validation/posts.ts). */
export type PostContent = {
	title: string;
	description: string;
	themeId: string;
	skillIds: string[];
	format: 'one_to_one' | 'small_group' | 'remote';
	placeKind: 'neighbourhood' | 'venue' | 'remote';
	place: string;
	whenKind: 'once' | 'recurring' | 'flexible';
	startsAt: Date | null;
	whenNote: string;
	visibility?: 'members' | 'public';
};

/** The columns written from a PostContent (a date only for a one-time post). */
export function contentColumns(content: PostContent) {
	return {
		title: content.title,
		description: content.description,
		themeId: content.themeId,
		format: content.format,
		placeKind: content.placeKind,
		place: content.place,
		whenKind: content.whenKind,
		startsAt: content.whenKind === 'once' ? content.startsAt : null,
		whenNote: content.whenNote
	};
}
