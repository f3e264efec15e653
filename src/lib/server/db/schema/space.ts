// The shared space (decision 029): the rooms, computer stations and items of a venue, its opening hours and
// closures, and the bookings of time slots. Lengths and ranges come from src/lib/limits.ts, like the forms'.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	foreignKey,
	index,
	integer,
	pgTable,
	smallint,
	text,
	time,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { IMAGE_TYPES } from '../../images/image-type.ts';
import { eventOccurrences, events } from './events.ts';
import { groups } from './groups.ts';
import { memberships, networks } from './networks.ts';
import { themes } from './skills.ts';
import { venues } from './venues.ts';
import { MAX_LENGTH, PICTURE_MAX_BYTES, RANGE } from '../../../limits.ts';
import { BOOKING_STATUSES, RESOURCE_AUDIENCES, RESOURCE_KINDS, SLOT_HOLDING_STATUSES } from '../../../space-options.ts';
import { bytea, lengthAtMost, lengthBetween, limit } from './columns.ts';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const between = (column: AnyColumn, range: { min: number; max: number }) =>
	sql`${column} between ${limit(range.min)} and ${limit(range.max)}`;

// A room (« salle de réunion », « cuisine »), a computer station (« poste informatique 2 ») or an item of the
// tool library (« perceuse ») at one venue of the network, with its rules. Never deleted (bookings and loans
// keep their history): archived.
export const spaceResources = pgTable(
	'space_resources',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		venueId: uuid('venue_id').notNull(),
		kind: text('kind').notNull(),
		name: text('name').notNull(),
		nameKey: text('name_key')
			.notNull()
			.generatedAlwaysAs((): SQL => sql`name_key(${spaceResources.name})`),
		description: text('description').notNull().default(''),
		// Free words the catalogue sorts by (« outillage », « couture »); mostly for items.
		category: text('category').notNull().default(''),
		// « bon état, mandrin un peu dur »: what the front desk checks when an item comes back.
		condition: text('condition').notNull().default(''),
		themeId: uuid('theme_id'),
		// Who may book or borrow it: the network's members, one group's members, or the coordinators only.
		audience: text('audience').notNull().default('members'),
		groupId: uuid('group_id'),
		// The rules of bookings (rooms and stations): the grid's step, the shortest and longest booking, how far
		// ahead, how many future bookings a member may hold (same venue and kind), minutes kept free after each.
		slotMinutes: integer('slot_minutes').notNull().default(60),
		minMinutes: integer('min_minutes').notNull().default(60),
		maxMinutes: integer('max_minutes').notNull().default(120),
		maxDaysAhead: integer('max_days_ahead').notNull().default(14),
		maxFutureBookings: integer('max_future_bookings').notNull().default(2),
		bufferMinutes: integer('buffer_minutes').notNull().default(0),
		// LibreBooking's « requires approval »: a member's booking starts `requested` (it already holds the slot)
		// until a coordinator approves or refuses it; undecided at its start, it lapses.
		requiresApproval: boolean('requires_approval').notNull().default(false),
		// The rules of loans (items; used by the tool library, a later part of issue 15).
		loanDays: integer('loan_days').notNull().default(14),
		maxRenewals: integer('max_renewals').notNull().default(1),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('space_resources_network_id_id_key').on(t.networkId, t.id),
		// Two resources in use at one venue never share a name (up to case and accents).
		uniqueIndex('space_resources_live_name_idx')
			.on(t.venueId, t.nameKey)
			.where(sql`${t.archivedAt} is null`),
		foreignKey({
			name: 'space_resources_venue_fk',
			columns: [t.networkId, t.venueId],
			foreignColumns: [venues.networkId, venues.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'space_resources_theme_fk',
			columns: [t.networkId, t.themeId],
			foreignColumns: [themes.networkId, themes.id]
		}),
		foreignKey({
			name: 'space_resources_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}),
		check('space_resources_kind', sql`${t.kind} in (${list(RESOURCE_KINDS)})`),
		check('space_resources_audience', sql`${t.audience} in (${list(RESOURCE_AUDIENCES)})`),
		check('space_resources_group_audience', sql`(${t.audience} = 'group') = (${t.groupId} is not null)`),
		check('space_resources_name_length', lengthBetween(t.name, 1, MAX_LENGTH.resourceName)),
		check('space_resources_description_length', lengthAtMost(t.description, MAX_LENGTH.resourceDescription)),
		check('space_resources_category_length', lengthAtMost(t.category, MAX_LENGTH.resourceCategory)),
		check('space_resources_condition_length', lengthAtMost(t.condition, MAX_LENGTH.resourceCondition)),
		check('space_resources_slot_minutes', between(t.slotMinutes, RANGE.resourceSlotMinutes)),
		check('space_resources_min_minutes', between(t.minMinutes, RANGE.resourceBookingMinutes)),
		check('space_resources_max_minutes', between(t.maxMinutes, RANGE.resourceBookingMinutes)),
		check('space_resources_min_not_above_max', sql`${t.minMinutes} <= ${t.maxMinutes}`),
		check('space_resources_days_ahead', between(t.maxDaysAhead, RANGE.resourceDaysAhead)),
		check('space_resources_future_bookings', between(t.maxFutureBookings, RANGE.resourceFutureBookings)),
		check('space_resources_buffer_minutes', between(t.bufferMinutes, RANGE.resourceBufferMinutes)),
		check('space_resources_loan_days', between(t.loanDays, RANGE.resourceLoanDays)),
		check('space_resources_renewals', between(t.maxRenewals, RANGE.resourceRenewals)),
		index('space_resources_venue_idx').on(t.venueId)
	]
);

// A venue's weekly opening hours: one row per period (« lundi 9:00–12:00 », « lundi 14:00–18:00 »), Paris wall
// clock. A booking must lie within one period of its day (trigger space_bookings_check). No row: never open.
export const spaceOpeningHours = pgTable(
	'space_opening_hours',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		venueId: uuid('venue_id').notNull(),
		// ISO weekday: Monday 1 … Sunday 7.
		weekday: smallint('weekday').notNull(),
		opensAt: time('opens_at').notNull(),
		closesAt: time('closes_at').notNull()
	},
	(t) => [
		foreignKey({
			name: 'space_opening_hours_venue_fk',
			columns: [t.networkId, t.venueId],
			foreignColumns: [venues.networkId, venues.id]
		}).onDelete('cascade'),
		check('space_opening_hours_weekday', sql`${t.weekday} between 1 and 7`),
		check('space_opening_hours_order', sql`${t.closesAt} > ${t.opensAt}`),
		index('space_opening_hours_venue_idx').on(t.venueId, t.weekday)
	]
);

// « Fermé du 23 décembre au 2 janvier »: Paris calendar days, both included. No booking may fall on them
// (trigger space_bookings_check), and a closure over live bookings is refused (trigger space_closures_check).
export const spaceClosures = pgTable(
	'space_closures',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		venueId: uuid('venue_id').notNull(),
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		endsOn: date('ends_on', { mode: 'string' }).notNull(),
		reason: text('reason').notNull().default(''),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'space_closures_venue_fk',
			columns: [t.networkId, t.venueId],
			foreignColumns: [venues.networkId, venues.id]
		}).onDelete('cascade'),
		check('space_closures_order', sql`${t.endsOn} >= ${t.startsOn}`),
		check('space_closures_reason_length', lengthAtMost(t.reason, MAX_LENGTH.closureReason)),
		index('space_closures_venue_idx').on(t.venueId, t.endsOn)
	]
);

// A time slot on a room or station, for a member (booked by them, or for them by a coordinator at the desk).
// Two confirmed bookings of one resource never overlap, buffer included: the exclusion constraint
// `space_bookings_no_overlap` (hand-written in migration 0019, Drizzle cannot declare it) on
// `tstzrange(starts_at, blocked_until)`, where the trigger sets blocked_until = ends_at + the resource's buffer.
// Touching ranges are allowed ('[)' bounds). Cancelled bookings stay as history and free the slot.
export const spaceBookings = pgTable(
	'space_bookings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		resourceId: uuid('resource_id').notNull(),
		// Whom the booking is for.
		accountId: uuid('account_id').notNull(),
		// Who made it: the member, or a coordinator at the desk.
		bookedByAccountId: uuid('booked_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		// Set by the trigger space_bookings_check (ends_at + buffer): what the exclusion constraint compares.
		blockedUntil: timestamp('blocked_until', { withTimezone: true }).notNull(),
		purpose: text('purpose').notNull().default(''),
		status: text('status').notNull().default('confirmed'),
		// The event occurrence this room is booked for (decision 029, « Events reserve a room »): moved and
		// cancelled with it; null for a member's own booking.
		occurrenceId: uuid('occurrence_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		cancelledByAccountId: uuid('cancelled_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		// A request approved or refused by a coordinator: when and by whom.
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		// Why a coordinator refused the request or cancelled the booking: told to the member, shown at the desk.
		reason: text('reason').notNull().default(''),
		// Marked by the front desk when the member did not come; counted for coordinators only.
		noShowAt: timestamp('no_show_at', { withTimezone: true })
	},
	(t) => [
		foreignKey({
			name: 'space_bookings_resource_fk',
			columns: [t.networkId, t.resourceId],
			foreignColumns: [spaceResources.networkId, spaceResources.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'space_bookings_member_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('space_bookings_status', sql`${t.status} in (${list(BOOKING_STATUSES)})`),
		check('space_bookings_dates', sql`${t.endsAt} > ${t.startsAt}`),
		check('space_bookings_blocked', sql`${t.blockedUntil} >= ${t.endsAt}`),
		check('space_bookings_cancelled', sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
		check('space_bookings_no_show', sql`${t.noShowAt} is null or ${t.status} = 'confirmed'`),
		check('space_bookings_purpose_length', lengthAtMost(t.purpose, MAX_LENGTH.bookingPurpose)),
		check('space_bookings_reason_length', lengthAtMost(t.reason, MAX_LENGTH.bookingReason)),
		foreignKey({
			name: 'space_bookings_occurrence_fk',
			columns: [t.networkId, t.occurrenceId],
			foreignColumns: [eventOccurrences.networkId, eventOccurrences.id]
		}).onDelete('cascade'),
		// One live booking per occurrence: moving or cancelling it finds it.
		uniqueIndex('space_bookings_occurrence_idx')
			.on(t.occurrenceId)
			.where(sql`${t.status} in (${list(SLOT_HOLDING_STATUSES)})`),
		// The coordinators' list of requests to decide, and the lapse sweep.
		index('space_bookings_requested_idx')
			.on(t.networkId, t.startsAt)
			.where(sql`${t.status} = 'requested'`),
		index('space_bookings_account_idx').on(t.accountId, t.startsAt),
		index('space_bookings_network_day_idx').on(t.networkId, t.startsAt)
	]
);

// The room an event reserves at its venue (decision 029): each occurrence still to come then holds a booking
// of it (space_bookings.occurrence_id). Kept here, not on `events`, so the space's schema points at the events'
// and not the other way round.
export const spaceEventRooms = pgTable(
	'space_event_rooms',
	{
		eventId: uuid('event_id').primaryKey(),
		networkId: uuid('network_id').notNull(),
		resourceId: uuid('resource_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'space_event_rooms_event_fk',
			columns: [t.networkId, t.eventId],
			foreignColumns: [events.networkId, events.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'space_event_rooms_resource_fk',
			columns: [t.networkId, t.resourceId],
			foreignColumns: [spaceResources.networkId, spaceResources.id]
		}).onDelete('cascade'),
		index('space_event_rooms_resource_idx').on(t.resourceId)
	]
);

// A resource's optional photo (decision 029, « Photos »): JPEG, PNG or WebP up to 1 MB, checked by its first bytes
// like a group picture (images/image-type.ts), with its text alternative (empty: decorative). Members only.
export const spaceResourcePhotos = pgTable(
	'space_resource_photos',
	{
		resourceId: uuid('resource_id').primaryKey(),
		networkId: uuid('network_id').notNull(),
		contentType: text('content_type').notNull(),
		bytes: bytea('bytes').notNull(),
		alt: text('alt').notNull().default(''),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		foreignKey({
			name: 'space_resource_photos_resource_fk',
			columns: [t.networkId, t.resourceId],
			foreignColumns: [spaceResources.networkId, spaceResources.id]
		}).onDelete('cascade'),
		check('space_resource_photos_type', sql`${t.contentType} in (${list(IMAGE_TYPES)})`),
		check('space_resource_photos_size', sql`octet_length(${t.bytes}) between 1 and ${limit(PICTURE_MAX_BYTES)}`),
		check('space_resource_photos_alt_length', lengthAtMost(t.alt, MAX_LENGTH.groupPictureAlt))
	]
);

/**
 * Exclusion constraints, by table: Drizzle cannot declare them, so the migration writes them by hand and
 * `schema-matches-migrations.test.ts` reads this list to expect them.
 */
export const exclusionConstraints: Record<string, readonly string[]> = {
	space_bookings: ['space_bookings_no_overlap']
};
