import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { notifications } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { NotificationKind } from './kinds.ts';

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** The member's notifications in this network, newest first, a page at a time. */
export async function listNotifications(options: { actor: Actor | null; networkId: string; page?: number }) {
	const actor = requireMember(options.actor, options.networkId);
	const page = Math.max(1, options.page ?? 1);
	const rows = await db()
		.select({
			id: notifications.id,
			kind: notifications.kind,
			params: notifications.params,
			createdAt: notifications.createdAt,
			readAt: notifications.readAt
		})
		.from(notifications)
		.where(and(eq(notifications.accountId, actor.accountId), eq(notifications.networkId, options.networkId)))
		.orderBy(desc(notifications.createdAt), desc(notifications.id))
		.limit(NOTIFICATIONS_PAGE_SIZE + 1)
		.offset((page - 1) * NOTIFICATIONS_PAGE_SIZE);
	return {
		items: rows
			.slice(0, NOTIFICATIONS_PAGE_SIZE)
			.map((r) => ({ ...r, kind: r.kind as NotificationKind, unread: r.readAt === null })),
		page,
		hasMore: rows.length > NOTIFICATIONS_PAGE_SIZE
	};
}

/** The unread badge: one indexed count, run on every page. */
export async function unreadNotificationCount(accountId: string, networkId: string): Promise<number> {
	const [row] = await db()
		.select({ n: count() })
		.from(notifications)
		.where(
			and(eq(notifications.accountId, accountId), eq(notifications.networkId, networkId), isNull(notifications.readAt))
		);
	return row.n;
}

/** Opening a notification marks it read and gives where it leads; someone else's is not found. */
export async function openNotification(options: { actor: Actor | null; networkId: string; id: string }) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.id)) throw new AppError('not_found');
	const [row] = await db()
		.update(notifications)
		.set({ readAt: sql`coalesce(${notifications.readAt}, ${now().toISOString()}::timestamptz)` })
		.where(
			and(
				eq(notifications.id, options.id),
				eq(notifications.accountId, actor.accountId),
				eq(notifications.networkId, options.networkId)
			)
		)
		.returning({ link: notifications.link });
	if (!row) throw new AppError('not_found');
	return row.link;
}

/** « Tout marquer comme lu ». Returns how many were unread. */
export async function markAllNotificationsRead(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const rows = await db()
		.update(notifications)
		.set({ readAt: now() })
		.where(
			and(
				eq(notifications.accountId, actor.accountId),
				eq(notifications.networkId, options.networkId),
				isNull(notifications.readAt)
			)
		)
		.returning({ id: notifications.id });
	return rows.length;
}
