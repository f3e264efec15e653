// The summary of a post shown in every list (« Annonces », « Mes annonces »), one page at a time.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, posts, themes } from '../db/schema/index.ts';
import { isRenewable, PAGE_SIZE, postState } from './post-access.ts';

const EXCERPT_LENGTH = 240;

const cardColumns = {
	id: posts.id,
	kind: posts.kind,
	title: posts.title,
	excerpt: sql<string>`left(${posts.description}, ${EXCERPT_LENGTH})`,
	descriptionLength: sql<number>`char_length(${posts.description})::int`,
	themeId: posts.themeId,
	themeName: themes.name,
	authorAccountId: posts.authorAccountId,
	authorName: accounts.name,
	format: posts.format,
	placeKind: posts.placeKind,
	place: posts.place,
	whenKind: posts.whenKind,
	startsAt: posts.startsAt,
	whenNote: posts.whenNote,
	visibility: posts.visibility,
	status: posts.status,
	expiresAt: posts.expiresAt,
	createdAt: posts.createdAt
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

/** One page of posts of a network matching `where`, newest first, with the total count for the pager. */
export async function postCardPage(networkId: string, where: SQL | undefined, page: number) {
	const pageNumber = Number.isInteger(page) && page >= 1 ? page : 1;
	const condition = and(eq(posts.networkId, networkId), where);
	const [rows, [{ total }]] = await Promise.all([
		db()
			.select(cardColumns)
			.from(posts)
			.innerJoin(accounts, eq(accounts.id, posts.authorAccountId))
			.innerJoin(themes, eq(themes.id, posts.themeId))
			.where(condition)
			.orderBy(desc(posts.createdAt), desc(posts.id))
			.limit(PAGE_SIZE)
			.offset((pageNumber - 1) * PAGE_SIZE),
		db()
			.select({ total: sql<number>`count(*)::int` })
			.from(posts)
			.where(condition)
	]);
	const at = now();
	const items = rows.map(({ descriptionLength, ...row }) => ({
		...row,
		excerptCut: descriptionLength > EXCERPT_LENGTH,
		state: postState(row, at),
		renewable: isRenewable(row, at)
	}));
	return {
		items,
		total,
		page: pageNumber,
		pageSize: PAGE_SIZE,
		pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE))
	} satisfies Page<(typeof items)[number]>;
}

export type PostCard = Awaited<ReturnType<typeof postCardPage>>['items'][number];
