import { sql } from 'drizzle-orm';
import {
	check,
	date,
	foreignKey,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { memberships, networks } from './networks.ts';

import { DELIVERIES, NOTIFICATION_KINDS } from '../../../notification-options.ts';
import { MAX_LENGTH } from '../../../limits.ts';
import { limit } from './columns.ts';

const kindList = sql.raw(NOTIFICATION_KINDS.map((k) => `'${k}'`).join(', '));
const deliveryList = sql.raw(DELIVERIES.map((d) => `'${d}'`).join(', '));

// One line of a member's notification centre. Its text is written when shown, in the reader's language, from
// `kind` and `params`; `delivery` is the preference that applied when it was made.
export const notifications = pgTable(
	'notifications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		accountId: uuid('account_id').notNull(),
		kind: text('kind').notNull(),
		params: jsonb('params').notNull().$type<Record<string, string>>(),
		// A path inside the app, e.g. /annonces/<id>.
		link: text('link').notNull(),
		delivery: text('delivery').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		readAt: timestamp('read_at', { withTimezone: true }),
		// When it left by email, alone or in a digest.
		emailedAt: timestamp('emailed_at', { withTimezone: true })
	},
	(t) => [
		foreignKey({
			name: 'notifications_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('notifications_kind', sql`${t.kind} in (${kindList})`),
		check('notifications_delivery', sql`${t.delivery} in (${deliveryList})`),
		check(
			'notifications_link',
			sql`${t.link} ~ '^/[^/]' and length(${t.link}) <= ${limit(MAX_LENGTH.notificationLink)}`
		),
		// A new request is suggested to a person once, even if its job runs again.
		uniqueIndex('notifications_one_match_idx')
			.on(t.accountId, t.link)
			.where(sql`${t.kind} = 'match'`),
		index('notifications_account_idx').on(t.accountId, t.createdAt.desc()),
		index('notifications_unread_idx')
			.on(t.accountId)
			.where(sql`${t.readAt} is null`),
		index('notifications_digest_idx')
			.on(t.accountId, t.networkId)
			.where(sql`${t.delivery} = 'digest' and ${t.emailedAt} is null and ${t.readAt} is null`)
	]
);

// A person's choice per kind; without a row, the kind's default applies (deliveries.ts).
export const notificationPreferences = pgTable(
	'notification_preferences',
	{
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		delivery: text('delivery').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.accountId, t.kind] }),
		check('notification_preferences_kind', sql`${t.kind} in (${kindList})`),
		check('notification_preferences_delivery', sql`${t.delivery} in (${deliveryList})`)
	]
);

// How many notifications of a capped kind a person got on a day (Europe/Paris): the cap is a conditional
// upsert on this row, so two jobs at once cannot both pass it.
export const notificationDailyCounts = pgTable(
	'notification_daily_counts',
	{
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		day: date('day', { mode: 'string' }).notNull(),
		count: integer('count').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.accountId, t.kind, t.day] }),
		check('notification_daily_counts_count', sql`${t.count} > 0`)
	]
);

// One digest per person, network and day: the row is taken before the email is written.
export const notificationDigests = pgTable(
	'notification_digests',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		day: date('day', { mode: 'string' }).notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull()
	},
	(t) => [primaryKey({ columns: [t.networkId, t.accountId, t.day] })]
);
