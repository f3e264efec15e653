// Childcare between trusted neighbours (decision 032): who is trusted to look after children (and the history of
// that trust), the parents' requests, and the carers' offers. One offer at most is chosen per request: a partial
// unique index says so, whatever two people click at the same moment.
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	foreignKey,
	index,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { exchanges } from './exchanges.ts';
import { memberships, networks } from './networks.ts';
import { venues } from './venues.ts';
import { CHILDCARE_MAX_HOURS, MAX_LENGTH, RANGE } from '../../../limits.ts';
import {
	CARE_AGE_RANGES,
	CARE_OFFER_STATUSES,
	CARE_PLACES,
	CARE_REASONS,
	CARE_REQUEST_STATUSES,
	CARER_EVENTS,
	CARER_STATUSES
} from '../../../childcare-options.ts';
import { lengthAtMost, limit } from './columns.ts';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// A member a coordinator met in person and trusts with children: active, or suspended with a reason. The
// member reads their own row; nobody else but the coordinators reads any.
export const childcareCarers = pgTable(
	'childcare_carers',
	{
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		status: text('status').notNull().default('active'),
		suspendReason: text('suspend_reason').notNull().default(''),
		changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.accountId] }),
		foreignKey({
			name: 'childcare_carers_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('childcare_carers_status', sql`${t.status} in (${list(CARER_STATUSES)})`),
		check('childcare_carers_reason_length', lengthAtMost(t.suspendReason, MAX_LENGTH.carerSuspendReason))
	]
);

// The history of a carer's trust: the meeting (when, with whom, who vouched), each suspension (why) and each
// restoration. Rows are only added.
export const childcareCarerHistory = pgTable(
	'childcare_carer_history',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		event: text('event').notNull(),
		metOn: date('met_on', { mode: 'string' }),
		metByAccountId: uuid('met_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		voucher1AccountId: uuid('voucher1_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		voucher2AccountId: uuid('voucher2_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		reason: text('reason').notNull().default(''),
		recordedByAccountId: uuid('recorded_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'childcare_carer_history_carer_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [childcareCarers.networkId, childcareCarers.accountId]
		}).onDelete('cascade'),
		check('childcare_carer_history_event', sql`${t.event} in (${list(CARER_EVENTS)})`),
		check('childcare_carer_history_met_on', sql`(${t.event} = 'met') = (${t.metOn} is not null)`),
		check('childcare_carer_history_reason_length', lengthAtMost(t.reason, MAX_LENGTH.carerSuspendReason)),
		index('childcare_carer_history_carer_idx').on(t.networkId, t.accountId, t.at)
	]
);

// A parent's request: when, why, how many children of which ages (never names), where, and what only the
// confirmed carer reads (the note, the address typed, the phone if shared). The note is emptied once the slot has
// ended, the address and phone after the day that follows it (sweep clear-childcare-details.ts).
export const childcareRequests = pgTable(
	'childcare_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		parentAccountId: uuid('parent_account_id').notNull(),
		// A coordinator who asked on behalf of a member without email (« la personne est d'accord »), else the parent.
		requestedByAccountId: uuid('requested_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		reason: text('reason').notNull(),
		children: smallint('children').notNull(),
		ageRanges: text('age_ranges').array().notNull(),
		place: text('place').notNull(),
		venueId: uuid('venue_id'),
		address: text('address').notNull().default(''),
		phone: text('phone').notNull().default(''),
		note: text('note').notNull().default(''),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		// Starting within 24 hours when asked: active carers were told at once.
		urgent: boolean('urgent').notNull().default(false),
		status: text('status').notNull().default('open'),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		// « La garde a eu lieu »: each side says so; with both, the exchange is recorded (once: exchange_id).
		parentDoneAt: timestamp('parent_done_at', { withTimezone: true }),
		carerDoneAt: timestamp('carer_done_at', { withTimezone: true }),
		exchangeId: uuid('exchange_id').references(() => exchanges.id, { onDelete: 'set null' }),
		noteClearedAt: timestamp('note_cleared_at', { withTimezone: true }),
		detailsClearedAt: timestamp('details_cleared_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'childcare_requests_parent_fk',
			columns: [t.networkId, t.parentAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'childcare_requests_venue_fk',
			columns: [t.networkId, t.venueId],
			foreignColumns: [venues.networkId, venues.id]
		}),
		unique('childcare_requests_network_id_id_key').on(t.networkId, t.id),
		uniqueIndex('childcare_requests_exchange_idx').on(t.exchangeId),
		check('childcare_requests_reason', sql`${t.reason} in (${list(CARE_REASONS)})`),
		check(
			'childcare_requests_children',
			sql`${t.children} between ${limit(RANGE.childcareChildren.min)} and ${limit(RANGE.childcareChildren.max)}`
		),
		check(
			'childcare_requests_age_ranges',
			sql`cardinality(${t.ageRanges}) >= 1 and ${t.ageRanges} <@ array[${list(CARE_AGE_RANGES)}]::text[]`
		),
		check('childcare_requests_place', sql`${t.place} in (${list(CARE_PLACES)})`),
		check('childcare_requests_venue', sql`(${t.place} = 'venue') = (${t.venueId} is not null)`),
		check(
			'childcare_requests_slot',
			sql`${t.endsAt} > ${t.startsAt} and ${t.endsAt} - ${t.startsAt} <= interval '${limit(CHILDCARE_MAX_HOURS)} hours'`
		),
		check('childcare_requests_status', sql`${t.status} in (${list(CARE_REQUEST_STATUSES)})`),
		check('childcare_requests_confirmed', sql`(${t.status} = 'confirmed') = (${t.confirmedAt} is not null)`),
		check('childcare_requests_address_length', lengthAtMost(t.address, MAX_LENGTH.childcareAddress)),
		check('childcare_requests_phone_length', lengthAtMost(t.phone, MAX_LENGTH.childcarePhone)),
		check('childcare_requests_note_length', lengthAtMost(t.note, MAX_LENGTH.childcareNote)),
		index('childcare_requests_open_idx').on(t.networkId, t.status, t.startsAt),
		index('childcare_requests_parent_idx').on(t.networkId, t.parentAccountId, t.startsAt.desc()),
		// The sweeps: reminders, notes and details to clear.
		index('childcare_requests_ends_idx').on(t.endsAt)
	]
);

// A trusted carer's offer to look after the children of one request, with the address (when the children come
// to the carer) and the phone the carer chose to share with the parent once chosen.
export const childcareOffers = pgTable(
	'childcare_offers',
	{
		requestId: uuid('request_id').notNull(),
		networkId: uuid('network_id').notNull(),
		carerAccountId: uuid('carer_account_id').notNull(),
		status: text('status').notNull().default('offered'),
		address: text('address').notNull().default(''),
		phone: text('phone').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.requestId, t.carerAccountId] }),
		// The request's network is the offer's: a carer offers only within their own network.
		foreignKey({
			name: 'childcare_offers_request_fk',
			columns: [t.networkId, t.requestId],
			foreignColumns: [childcareRequests.networkId, childcareRequests.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'childcare_offers_membership_fk',
			columns: [t.networkId, t.carerAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		// One confirmed carer per request, even when two confirmations arrive at the same moment.
		uniqueIndex('childcare_offers_one_chosen_idx')
			.on(t.requestId)
			.where(sql`${t.status} = 'chosen'`),
		check('childcare_offers_status', sql`${t.status} in (${list(CARE_OFFER_STATUSES)})`),
		check('childcare_offers_address_length', lengthAtMost(t.address, MAX_LENGTH.childcareAddress)),
		check('childcare_offers_phone_length', lengthAtMost(t.phone, MAX_LENGTH.childcarePhone)),
		index('childcare_offers_carer_idx').on(t.networkId, t.carerAccountId)
	]
);
