// Reading a private feed: what a calendar app does every hour or so, without a session. The token is the only
// key, so the feed shows exactly what its owner may see today: nothing once they left the network or renewed it.
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { m } from '#lib/paraglide/messages.js';
import { sha256 } from '../auth/crypto.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { calendarFeeds, groups, memberships, networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { loadMemberBookings } from '../space/booking-calendar.ts';
import { writeCalendar } from './ics.ts';
import { feedSince, listedEvents, loadMemberOccurrences, loadSeries } from './load-calendar-events.ts';

/** Calendar apps are asked to read the feed again after this long. */
export const FEED_REFRESH_MINUTES = 60;
const HOUR = 3_600_000;

/** The feed's iCalendar text, or not_found for an unknown, renewed or revoked token. */
export async function readCalendarFeed(options: {
	token: string;
	origin: string;
}): Promise<{ name: string; text: string }> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(options.token)) throw new AppError('not_found');
	const [feed] = await db()
		.select({
			id: calendarFeeds.id,
			scope: calendarFeeds.scope,
			networkId: calendarFeeds.networkId,
			accountId: calendarFeeds.accountId,
			groupId: calendarFeeds.groupId,
			lastReadAt: calendarFeeds.lastReadAt,
			networkName: networks.name,
			groupName: groups.name
		})
		.from(calendarFeeds)
		.innerJoin(
			memberships,
			and(eq(memberships.networkId, calendarFeeds.networkId), eq(memberships.accountId, calendarFeeds.accountId))
		)
		.innerJoin(networks, eq(networks.id, calendarFeeds.networkId))
		.leftJoin(groups, eq(groups.id, calendarFeeds.groupId))
		.where(
			and(
				eq(calendarFeeds.tokenHash, sha256(options.token)),
				eq(memberships.status, 'active'),
				// A suspended network shows nothing, not even to calendar apps (decision 007).
				eq(networks.status, 'active')
			)
		);
	if (!feed) throw new AppError('not_found');

	const at = now();
	const since = feedSince(at);
	const scope = { networkId: feed.networkId, since, origin: options.origin };
	const network = feed.networkName;
	let name: string;
	let events;
	if (feed.scope === 'member') {
		name = m.cal_feed_member_name({ network });
		const member = { ...scope, accountId: feed.accountId };
		// Their events and their bookings of rooms and stations (decision 029).
		events = [...(await loadMemberOccurrences(db(), member)), ...(await loadMemberBookings(db(), member))];
	} else if (feed.scope === 'group' && feed.groupId) {
		name = m.cal_feed_group_name({ group: feed.groupName ?? '', network });
		events = await loadSeries(db(), { ...scope, where: listedEvents(feed.groupId) });
	} else {
		name = m.cal_feed_network_name({ network });
		events = await loadSeries(db(), { ...scope, where: listedEvents() });
	}

	// « Last read » for the member's page, written at most once an hour.
	if (!feed.lastReadAt || at.getTime() - feed.lastReadAt.getTime() > HOUR) {
		await db()
			.update(calendarFeeds)
			.set({ lastReadAt: at })
			.where(
				and(
					eq(calendarFeeds.id, feed.id),
					or(isNull(calendarFeeds.lastReadAt), lt(calendarFeeds.lastReadAt, new Date(at.getTime() - HOUR)))
				)
			);
	}
	return { name, text: writeCalendar({ name, stamp: at, refreshMinutes: FEED_REFRESH_MINUTES, events }) };
}
