import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { qualified } from '../db/qualified.ts';
import { accounts, tips } from '../db/schema/index.ts';
import type { TipTheme } from '../../tip-options.ts';
import { TIP_PAGE_SIZE } from './tip-access.ts';

/** The board: the network's live tips, newest first, of one theme or all, a page at a time with the total. */
export async function listTips(options: { actor: Actor | null; networkId: string; theme?: TipTheme; page?: number }) {
	requireMember(options.actor, options.networkId);
	const where = and(
		eq(tips.networkId, options.networkId),
		isNull(tips.hiddenAt),
		gt(tips.expiresAt, now()),
		options.theme ? eq(tips.theme, options.theme) : undefined
	);
	const [{ total }] = await db().select({ total: count() }).from(tips).where(where);
	const pageCount = Math.max(1, Math.ceil(total / TIP_PAGE_SIZE));
	const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
	const items = await db()
		.select({
			id: tips.id,
			title: tips.title,
			body: tips.body,
			theme: tips.theme,
			place: tips.place,
			startsOn: tips.startsOn,
			endsOn: tips.endsOn,
			createdAt: tips.createdAt,
			authorName: accounts.name,
			usefulCount: sql<number>`(select count(*) from tip_useful u where u.tip_id = ${qualified(tips.id)})`.mapWith(
				Number
			)
		})
		.from(tips)
		.innerJoin(accounts, eq(accounts.id, tips.authorAccountId))
		.where(where)
		.orderBy(desc(tips.createdAt), desc(tips.id))
		.limit(TIP_PAGE_SIZE)
		.offset((page - 1) * TIP_PAGE_SIZE);
	// The card shows the beginning of the text; the tip's page shows it all.
	const cards = items.map((item) => ({ ...item, body: excerpt(item.body), theme: item.theme as TipTheme }));
	return { items: cards, total, page, pageCount };
}

const EXCERPT_LENGTH = 200;

function excerpt(text: string): string {
	return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…`;
}
