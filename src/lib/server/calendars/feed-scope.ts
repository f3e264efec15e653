// What a private calendar feed covers (decision 023), and where its URL points.
import { and, eq, isNull } from 'drizzle-orm';
import { CALENDAR_FEED_SCOPES, calendarFeeds } from '../db/schema/index.ts';

export type FeedScope = (typeof CALENDAR_FEED_SCOPES)[number];
/** The network's events, one group's events, or the member's own occurrences. */
export type FeedTarget = { scope: 'network' } | { scope: 'member' } | { scope: 'group'; groupId: string };

/** The path of a feed on this site; `.ics` because some calendar apps want it. */
export const feedPath = (token: string) => `/calendrier/${token}.ics`;

/** The token of a feed path's last segment (with or without `.ics`). */
export const tokenFromSegment = (segment: string) => segment.replace(/\.ics$/i, '');

/** The row of one member's feed for a target. */
export function feedRowOf(options: { networkId: string; accountId: string; target: FeedTarget }) {
	const { target } = options;
	return and(
		eq(calendarFeeds.networkId, options.networkId),
		eq(calendarFeeds.accountId, options.accountId),
		eq(calendarFeeds.scope, target.scope),
		target.scope === 'group' ? eq(calendarFeeds.groupId, target.groupId) : isNull(calendarFeeds.groupId)
	);
}
