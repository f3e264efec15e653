import { sql } from 'drizzle-orm';
import {
	bigserial,
	check,
	date,
	foreignKey,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { introductions } from './introductions.ts';
import { memberships, networks } from './networks.ts';
import { posts } from './posts.ts';
import { skills } from './skills.ts';
import { MAX_LENGTH, RANGE } from '../../../limits.ts';
import { lengthBetween, limit } from './columns.ts';

/** An exchange lasts at least this many minutes and at most this many (a full day of workshop). */
export const EXCHANGE_MINUTES = { min: 5, max: 720 } as const;
export const PARTY_STATUSES = ['pending', 'confirmed', 'declined'] as const;
export const EXCHANGE_ORIGINS = ['sharer', 'learner', 'coordinator'] as const;

// An échange: who shared which skill with whom (one or several learners), on which day and for how long,
// perhaps from a post or an introduction. The sharer confirms (or declines) their side; each learner confirms
// (or declines) theirs. A learner's part counts once both the sharer and that learner confirmed (decision 019).
export const exchanges = pgTable(
	'exchanges',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		sharerAccountId: uuid('sharer_account_id').notNull(),
		skillId: uuid('skill_id').notNull(),
		occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
		minutes: integer('minutes').notNull(),
		postId: uuid('post_id'),
		introductionId: uuid('introduction_id'),
		// Who entered it: the sharer, a learner, or a coordinator on behalf of the people (already confirmed).
		origin: text('origin').notNull(),
		recordedByAccountId: uuid('recorded_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		sharerStatus: text('sharer_status').notNull().default('pending'),
		sharerDecidedAt: timestamp('sharer_decided_at', { withTimezone: true }),
		// When the exchange first counted (the sharer and at least one learner confirmed): fairness reads it.
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('exchanges_id_network_sharer_key').on(t.id, t.networkId, t.sharerAccountId),
		foreignKey({
			name: 'exchanges_sharer_fk',
			columns: [t.networkId, t.sharerAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'exchanges_skill_fk',
			columns: [t.networkId, t.skillId],
			foreignColumns: [skills.networkId, skills.id]
		}),
		// Both become « set null (post_id) » / « set null (introduction_id) » in the migration: history stays.
		foreignKey({
			name: 'exchanges_post_fk',
			columns: [t.networkId, t.postId],
			foreignColumns: [posts.networkId, posts.id]
		}).onDelete('set null'),
		foreignKey({
			name: 'exchanges_introduction_fk',
			columns: [t.networkId, t.introductionId],
			foreignColumns: [introductions.networkId, introductions.id]
		}).onDelete('set null'),
		check(
			'exchanges_minutes',
			sql`${t.minutes} between ${limit(RANGE.exchangeMinutes.min)} and ${limit(RANGE.exchangeMinutes.max)}`
		),
		check('exchanges_origin', sql`${t.origin} in ('sharer', 'learner', 'coordinator')`),
		check('exchanges_sharer_status', sql`${t.sharerStatus} in ('pending', 'confirmed', 'declined')`),
		check('exchanges_sharer_decided', sql`(${t.sharerStatus} = 'pending') = (${t.sharerDecidedAt} is null)`),
		check('exchanges_confirmed', sql`${t.confirmedAt} is null or ${t.sharerStatus} = 'confirmed'`),
		// Fairness: when each member last helped (matching reads the newest confirmed exchange per sharer).
		index('exchanges_sharer_recent_idx')
			.on(t.networkId, t.sharerAccountId, t.occurredOn.desc())
			.where(sql`${t.confirmedAt} is not null`),
		// A member's own exchanges as the sharer, newest first (/echanges, the profile).
		index('exchanges_sharer_idx').on(t.networkId, t.sharerAccountId, t.createdAt.desc())
	]
);

// The learners of an exchange and each one's answer. The sharer is copied here so that the database itself
// refuses the sharer as their own learner, and the network so that every learner is a member of the same one.
export const exchangeLearners = pgTable(
	'exchange_learners',
	{
		exchangeId: uuid('exchange_id').notNull(),
		networkId: uuid('network_id').notNull(),
		sharerAccountId: uuid('sharer_account_id').notNull(),
		accountId: uuid('account_id').notNull(),
		status: text('status').notNull().default('pending'),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.exchangeId, t.accountId] }),
		unique('exchange_learners_exchange_network_account_key').on(t.exchangeId, t.networkId, t.accountId),
		foreignKey({
			name: 'exchange_learners_exchange_fk',
			columns: [t.exchangeId, t.networkId, t.sharerAccountId],
			foreignColumns: [exchanges.id, exchanges.networkId, exchanges.sharerAccountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'exchange_learners_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('exchange_learners_not_sharer', sql`${t.accountId} <> ${t.sharerAccountId}`),
		check('exchange_learners_status', sql`${t.status} in ('pending', 'confirmed', 'declined')`),
		check('exchange_learners_decided', sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
		index('exchange_learners_account_idx').on(t.networkId, t.accountId)
	]
);

// The time bank's double-entry ledger, in minutes. When a learner's part of an exchange counts in time-bank
// mode, two entries are written: −minutes for the learner, +minutes for the sharer. Entries are never changed;
// a trigger keeps `time_balances` and refuses a debit past the network's limits; a deferred constraint trigger
// checks that the entries of every exchange add up to zero (so the whole network's do too).
export const ledgerEntries = pgTable(
	'ledger_entries',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		networkId: uuid('network_id').notNull(),
		exchangeId: uuid('exchange_id').notNull(),
		// The learner whose part this pair of entries pays for.
		learnerAccountId: uuid('learner_account_id').notNull(),
		accountId: uuid('account_id').notNull(),
		minutes: integer('minutes').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('ledger_entries_once').on(t.exchangeId, t.learnerAccountId, t.accountId),
		foreignKey({
			name: 'ledger_entries_learner_fk',
			columns: [t.exchangeId, t.networkId, t.learnerAccountId],
			foreignColumns: [exchangeLearners.exchangeId, exchangeLearners.networkId, exchangeLearners.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'ledger_entries_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('ledger_entries_minutes', sql`${t.minutes} <> 0`),
		// The learner's own entry is the debit; the other one (the sharer's) the credit.
		check('ledger_entries_sign', sql`(${t.accountId} = ${t.learnerAccountId}) = (${t.minutes} < 0)`),
		index('ledger_entries_account_idx').on(t.networkId, t.accountId)
	]
);

// Each member's time-bank balance in minutes: the sum of their ledger entries, kept by the ledger's trigger.
// One row per member who ever had an entry; its row lock is what serialises two exchanges of the same person.
export const timeBalances = pgTable(
	'time_balances',
	{
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		minutes: integer('minutes').notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.accountId] }),
		foreignKey({
			name: 'time_balances_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade')
	]
);

// A learner's thank-you note to the sharer, one per learner and exchange, shown on the sharer's profile unless
// the sharer hid it.
export const exchangeThanks = pgTable(
	'exchange_thanks',
	{
		exchangeId: uuid('exchange_id').notNull(),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		message: text('message').notNull(),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.exchangeId, t.accountId] }),
		foreignKey({
			name: 'exchange_thanks_learner_fk',
			columns: [t.exchangeId, t.networkId, t.accountId],
			foreignColumns: [exchangeLearners.exchangeId, exchangeLearners.networkId, exchangeLearners.accountId]
		}).onDelete('cascade'),
		check('exchange_thanks_message', lengthBetween(t.message, 1, MAX_LENGTH.exchangeThanks))
	]
);
