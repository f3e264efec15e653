// The tool library (decision 030): holds on items (a queue served in order), loans made at the front desk, the
// reminders already sent, repairs, and each item's condition history. Items are `space_resources` of kind
// 'item' (decision 029); everything here keeps its history (nothing is deleted when it ends).
import { sql } from 'drizzle-orm';
import {
	bigserial,
	check,
	date,
	foreignKey,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { IMAGE_TYPES } from '../../images/image-type.ts';
import { memberships } from './networks.ts';
import { spaceResources } from './space.ts';
import { MAX_LENGTH, PICTURE_MAX_BYTES } from '../../../limits.ts';
import { CONDITION_NOTE_KINDS, HOLD_STATUSES } from '../../../library-options.ts';
import { bytea, lengthAtMost, limit } from './columns.ts';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// « Réserver cet objet »: a member's place in the item's queue. 'waiting' in arrival order; 'offered' when the
// item is free and kept for them until offer_expires_at; then 'fulfilled' (lent to them), 'cancelled' or
// 'expired'. One live hold (waiting or offered) per member and item, and one offer at a time per item.
export const libraryHolds = pgTable(
	'library_holds',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		resourceId: uuid('resource_id').notNull(),
		accountId: uuid('account_id').notNull(),
		status: text('status').notNull().default('waiting'),
		// The queue's order: a sequence, so two holds made in the same millisecond still have an order.
		arrival: bigserial('arrival', { mode: 'number' }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		offeredAt: timestamp('offered_at', { withTimezone: true }),
		offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
		endedAt: timestamp('ended_at', { withTimezone: true })
	},
	(t) => [
		foreignKey({
			name: 'library_holds_resource_fk',
			columns: [t.networkId, t.resourceId],
			foreignColumns: [spaceResources.networkId, spaceResources.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'library_holds_member_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('library_holds_status', sql`${t.status} in (${list(HOLD_STATUSES)})`),
		check('library_holds_offer', sql`(${t.status} = 'offered') = (${t.offerExpiresAt} is not null)`),
		check('library_holds_ended', sql`(${t.status} in ('waiting', 'offered')) = (${t.endedAt} is null)`),
		uniqueIndex('library_holds_one_live_idx')
			.on(t.resourceId, t.accountId)
			.where(sql`${t.status} in ('waiting', 'offered')`),
		uniqueIndex('library_holds_one_offer_idx')
			.on(t.resourceId)
			.where(sql`${t.status} = 'offered'`),
		index('library_holds_queue_idx').on(t.resourceId, t.status, t.arrival),
		index('library_holds_account_idx').on(t.accountId, t.status),
		index('library_holds_offer_expiry_idx')
			.on(t.offerExpiresAt)
			.where(sql`${t.status} = 'offered'`)
	]
);

// An item lent at the front desk: due on a Paris day, renewed at most the item's max_renewals times, returned
// with the condition seen. At most one open loan (returned_at null) per item: the database says so.
export const libraryLoans = pgTable(
	'library_loans',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		resourceId: uuid('resource_id').notNull(),
		accountId: uuid('account_id').notNull(),
		lentByAccountId: uuid('lent_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		// The hold this loan served, when the borrower had one.
		holdId: uuid('hold_id').references(() => libraryHolds.id, { onDelete: 'set null' }),
		lentAt: timestamp('lent_at', { withTimezone: true }).notNull(),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		renewals: integer('renewals').notNull().default(0),
		returnedAt: timestamp('returned_at', { withTimezone: true }),
		returnedToAccountId: uuid('returned_to_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		foreignKey({
			name: 'library_loans_resource_fk',
			columns: [t.networkId, t.resourceId],
			foreignColumns: [spaceResources.networkId, spaceResources.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'library_loans_member_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('library_loans_renewals', sql`${t.renewals} >= 0`),
		uniqueIndex('library_loans_one_open_idx')
			.on(t.resourceId)
			.where(sql`${t.returnedAt} is null`),
		index('library_loans_open_due_idx')
			.on(t.networkId, t.dueOn)
			.where(sql`${t.returnedAt} is null`),
		index('library_loans_account_idx').on(t.accountId, t.lentAt),
		index('library_loans_resource_idx').on(t.resourceId, t.lentAt)
	]
);

// Each reminder of a loan, once: `reminder` names the occasion and the due day it was about (« before:2026-03-11 »,
// « due:2026-03-12 », « overdue:2026-03-12:0 » for the first overdue week), so a renewal starts a fresh series.
export const libraryLoanReminders = pgTable(
	'library_loan_reminders',
	{
		loanId: uuid('loan_id')
			.notNull()
			.references(() => libraryLoans.id, { onDelete: 'cascade' }),
		reminder: text('reminder').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull()
	},
	(t) => [uniqueIndex('library_loan_reminders_once_idx').on(t.loanId, t.reminder)]
);

// « En réparation »: from started_at until ended_at. An item under repair is neither lent nor offered; at most
// one open repair per item.
export const libraryRepairs = pgTable(
	'library_repairs',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		resourceId: uuid('resource_id').notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
		endedAt: timestamp('ended_at', { withTimezone: true })
	},
	(t) => [
		foreignKey({
			name: 'library_repairs_resource_fk',
			columns: [t.networkId, t.resourceId],
			foreignColumns: [spaceResources.networkId, spaceResources.id]
		}).onDelete('cascade'),
		uniqueIndex('library_repairs_one_open_idx')
			.on(t.resourceId)
			.where(sql`${t.endedAt} is null`)
	]
);

// The item's condition history: what the front desk saw at a return, why it went to repair and how it came back,
// or a plain note. Shown on the item's page, newest first.
export const libraryConditionNotes = pgTable(
	'library_condition_notes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		resourceId: uuid('resource_id').notNull(),
		kind: text('kind').notNull(),
		note: text('note').notNull().default(''),
		loanId: uuid('loan_id').references(() => libraryLoans.id, { onDelete: 'set null' }),
		authorAccountId: uuid('author_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull()
	},
	(t) => [
		foreignKey({
			name: 'library_condition_notes_resource_fk',
			columns: [t.networkId, t.resourceId],
			foreignColumns: [spaceResources.networkId, spaceResources.id]
		}).onDelete('cascade'),
		check('library_condition_notes_kind', sql`${t.kind} in (${list(CONDITION_NOTE_KINDS)})`),
		check('library_condition_notes_note_length', lengthAtMost(t.note, MAX_LENGTH.resourceCondition)),
		index('library_condition_notes_resource_idx').on(t.resourceId, t.createdAt)
	]
);

// An item's optional photo (decision 030), like a group's picture (decision 021): JPEG, PNG or WebP up to 1 MB,
// recognised by its first bytes, with its text alternative (empty: decorative). Set by the front desk.
export const libraryItemPhotos = pgTable(
	'library_item_photos',
	{
		resourceId: uuid('resource_id').primaryKey(),
		networkId: uuid('network_id').notNull(),
		contentType: text('content_type').notNull(),
		bytes: bytea('bytes').notNull(),
		alt: text('alt').notNull().default(''),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		foreignKey({
			name: 'library_item_photos_resource_fk',
			columns: [t.networkId, t.resourceId],
			foreignColumns: [spaceResources.networkId, spaceResources.id]
		}).onDelete('cascade'),
		check(
			'library_item_photos_type',
			sql`${t.contentType} in (${sql.raw(IMAGE_TYPES.map((type) => `'${type}'`).join(', '))})`
		),
		check('library_item_photos_size', sql`octet_length(${t.bytes}) between 1 and ${limit(PICTURE_MAX_BYTES)}`),
		check('library_item_photos_alt_length', lengthAtMost(t.alt, MAX_LENGTH.groupPictureAlt))
	]
);
