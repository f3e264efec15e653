import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { calendarFeeds } from '../db/schema/index.ts';
import { feedRowOf, type FeedTarget } from './feed-scope.ts';

/** Closes the member's feed for a target: its URL answers « not found » from now on. */
export async function revokeCalendarFeed(options: { actor: Actor | null; networkId: string; target: FeedTarget }) {
	const actor = requireMember(options.actor, options.networkId);
	if (options.target.scope === 'group' && !isUuid(options.target.groupId)) return;
	await db()
		.delete(calendarFeeds)
		.where(feedRowOf({ networkId: options.networkId, accountId: actor.accountId, target: options.target }));
}
