// « Bons plans » (decision 033): short, expiring tips of a network, the members' « utile » marks and the reports
// to the coordinators. Lengths come from src/lib/limits.ts, like the forms'; the themes from tip-options.ts.
import { sql, type SQL } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	foreignKey,
	index,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { memberships, networks } from './networks.ts';
import { tsvector } from './skills.ts';
import { MAX_LENGTH, MIN_LENGTH } from '../../../limits.ts';
import { TIP_THEMES } from '../../../tip-options.ts';
import { lengthAtMost, lengthBetween, limit } from './columns.ts';

const themeList = sql.raw(TIP_THEMES.map((theme) => `'${theme}'`).join(', '));

// A tip: seen by the network's members while it lives (expires_at, the end date's evening or 60 days), unless a
// coordinator hid it. `is_public`: the author lets it be shown outside the network, without their name.
export const tips = pgTable(
	'tips',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		authorAccountId: uuid('author_account_id').notNull(),
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		theme: text('theme').notNull(),
		link: text('link'),
		place: text('place').notNull().default(''),
		startsOn: date('starts_on', { mode: 'string' }),
		endsOn: date('ends_on', { mode: 'string' }),
		isPublic: boolean('is_public').notNull().default(false),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenByAccountId: uuid('hidden_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(
				(): SQL =>
					sql`setweight(to_tsvector('french_unaccent', ${tips.title}), 'A') || setweight(to_tsvector('french_unaccent', ${tips.body}), 'B')`
			)
	},
	(t) => [
		unique('tips_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'tips_author_membership_fk',
			columns: [t.networkId, t.authorAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('tips_title_length', lengthBetween(t.title, MIN_LENGTH.tipTitle, MAX_LENGTH.tipTitle)),
		check('tips_body_length', lengthAtMost(t.body, MAX_LENGTH.tipBody)),
		check('tips_place_length', lengthAtMost(t.place, MAX_LENGTH.tipPlace)),
		check('tips_theme', sql`${t.theme} in (${themeList})`),
		// Only web addresses: a `javascript:` or `data:` link would run in the reader's page.
		check(
			'tips_link',
			sql`${t.link} is null or (char_length(${t.link}) <= ${limit(MAX_LENGTH.tipLink)} and ${t.link} ~ '^https?://')`
		),
		check('tips_dates_order', sql`${t.startsOn} is null or ${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
		// The board: live tips newest first, by theme or not; the page and its count come from the index.
		index('tips_live_latest_idx')
			.on(t.networkId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.expiresAt, t.theme)
			.where(sql`${t.hiddenAt} is null`),
		index('tips_search_idx')
			.using('gin', t.search)
			.where(sql`${t.hiddenAt} is null`),
		index('tips_author_idx').on(t.networkId, t.authorAccountId)
	]
);

// « Utile »: one mark per member and tip (the primary key), so two clicks at once count once.
export const tipUseful = pgTable(
	'tip_useful',
	{
		networkId: uuid('network_id').notNull(),
		tipId: uuid('tip_id').notNull(),
		accountId: uuid('account_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ name: 'tip_useful_pkey', columns: [t.tipId, t.accountId] }),
		foreignKey({
			name: 'tip_useful_tip_fk',
			columns: [t.networkId, t.tipId],
			foreignColumns: [tips.networkId, tips.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'tip_useful_member_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade')
	]
);

// A tip reported to the network's coordinators (decision 018's reports, for tips), open until one handles it.
export const tipReports = pgTable(
	'tip_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		tipId: uuid('tip_id').notNull(),
		reporterAccountId: uuid('reporter_account_id').notNull(),
		reason: text('reason').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		handledAt: timestamp('handled_at', { withTimezone: true }),
		handledByAccountId: uuid('handled_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		foreignKey({
			name: 'tip_reports_tip_fk',
			columns: [t.networkId, t.tipId],
			foreignColumns: [tips.networkId, tips.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'tip_reports_reporter_fk',
			columns: [t.networkId, t.reporterAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('tip_reports_reason_length', lengthBetween(t.reason, 1, MAX_LENGTH.tipReportReason)),
		// A member reports a tip once while that report is open.
		uniqueIndex('tip_reports_one_open_idx')
			.on(t.tipId, t.reporterAccountId)
			.where(sql`${t.handledAt} is null`),
		index('tip_reports_open_idx')
			.on(t.networkId, t.createdAt)
			.where(sql`${t.handledAt} is null`)
	]
);
