import { and, asc, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { calendarFeeds, groupMembers, groups } from '../db/schema/index.ts';
import type { FeedScope } from './feed-scope.ts';

export type FeedLine = {
	scope: FeedScope;
	groupId: string | null;
	groupName: string | null;
	/** Whether a URL is in use; the URL itself is shown only once, when made. */
	active: boolean;
	createdAt: Date | null;
	lastReadAt: Date | null;
};

/**
 * The member's feeds in this network: the network's, their own, and one per group they belong to or already
 * follow — each either active (since when, last read when) or not yet made.
 */
export async function listCalendarFeeds(options: { actor: Actor | null; networkId: string }): Promise<FeedLine[]> {
	const actor = requireMember(options.actor, options.networkId);
	const [feeds, myGroups] = await Promise.all([
		db()
			.select({
				scope: calendarFeeds.scope,
				groupId: calendarFeeds.groupId,
				groupName: groups.name,
				createdAt: calendarFeeds.createdAt,
				lastReadAt: calendarFeeds.lastReadAt
			})
			.from(calendarFeeds)
			.leftJoin(groups, eq(groups.id, calendarFeeds.groupId))
			.where(and(eq(calendarFeeds.networkId, options.networkId), eq(calendarFeeds.accountId, actor.accountId))),
		db()
			.select({ id: groups.id, name: groups.name })
			.from(groupMembers)
			.innerJoin(groups, eq(groups.id, groupMembers.groupId))
			.where(
				and(
					eq(groupMembers.networkId, options.networkId),
					eq(groupMembers.accountId, actor.accountId),
					eq(groupMembers.status, 'active')
				)
			)
			.orderBy(asc(groups.nameKey))
	]);
	const line = (scope: FeedScope, groupId: string | null, groupName: string | null): FeedLine => {
		const feed = feeds.find((f) => f.scope === scope && f.groupId === groupId);
		return {
			scope,
			groupId,
			groupName,
			active: feed !== undefined,
			createdAt: feed?.createdAt ?? null,
			lastReadAt: feed?.lastReadAt ?? null
		};
	};
	const groupLines = new Map(myGroups.map((g) => [g.id, g.name]));
	for (const f of feeds) if (f.scope === 'group' && f.groupId) groupLines.set(f.groupId, f.groupName ?? '');
	return [
		line('member', null, null),
		line('network', null, null),
		...[...groupLines].map(([id, name]) => line('group', id, name))
	];
}
