import { asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, groupMessages } from '../db/schema/index.ts';
import { requireGroupMember } from './group-access.ts';

/** Messages per page of a group's thread. */
export const GROUP_MESSAGES_PAGE_SIZE = 30;

/**
 * A page of the group's discussion thread, oldest first (newest last, as in a conversation). Without a page
 * number, the last page: the newest messages. Members of the group (and network coordinators) only.
 */
export async function listGroupMessages(options: {
	actor: Actor | null;
	networkId: string;
	groupId: string;
	page?: number;
}) {
	const { group } = await requireGroupMember(options);
	const [{ total }] = await db()
		.select({ total: count() })
		.from(groupMessages)
		.where(eq(groupMessages.groupId, group.id));
	const pageCount = Math.max(1, Math.ceil(total / GROUP_MESSAGES_PAGE_SIZE));
	const page = Math.min(Math.max(1, options.page ?? pageCount), pageCount);
	const items = await db()
		.select({
			id: groupMessages.id,
			kind: groupMessages.kind,
			body: groupMessages.body,
			createdAt: groupMessages.createdAt,
			authorAccountId: groupMessages.authorAccountId,
			authorName: accounts.name
		})
		.from(groupMessages)
		.innerJoin(accounts, eq(accounts.id, groupMessages.authorAccountId))
		.where(eq(groupMessages.groupId, group.id))
		.orderBy(asc(groupMessages.id))
		.limit(GROUP_MESSAGES_PAGE_SIZE)
		.offset((page - 1) * GROUP_MESSAGES_PAGE_SIZE);
	return { items, total, page, pageCount, pageSize: GROUP_MESSAGES_PAGE_SIZE };
}
