import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { groups } from './groups.ts';
import { memberships } from './networks.ts';

export const CALENDAR_FEED_SCOPES = ['network', 'group', 'member'] as const;

// A member's private calendar feed (decision 023): the network's events, one group's events, or the occurrences
// they registered for. The URL carries a random token; only its SHA-256 is stored (like sessions), so a copy of
// the database gives no working URL. One feed per member and scope: renewing replaces the hash, and the old URL
// stops working at once. A feed shows what its owner may see, checked each time it is read.
export const calendarFeeds = pgTable(
	'calendar_feeds',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		scope: text('scope').notNull(),
		groupId: uuid('group_id'),
		tokenHash: text('token_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		// Last read by a calendar app (updated at most once an hour), so the member sees the feed is in use.
		lastReadAt: timestamp('last_read_at', { withTimezone: true })
	},
	(t) => [
		unique('calendar_feeds_token_hash_key').on(t.tokenHash),
		unique('calendar_feeds_one_per_scope_key').on(t.networkId, t.accountId, t.scope, t.groupId).nullsNotDistinct(),
		// The owner is (or was) a member of the network: leaving it deletes their feeds.
		foreignKey({
			name: 'calendar_feeds_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		// A group feed is for a group of the same network.
		foreignKey({
			name: 'calendar_feeds_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}).onDelete('cascade'),
		check('calendar_feeds_scope', sql`${t.scope} in ('network', 'group', 'member')`),
		check('calendar_feeds_group_scope', sql`(${t.scope} = 'group') = (${t.groupId} is not null)`),
		index('calendar_feeds_account_idx').on(t.accountId, t.networkId)
	]
);
