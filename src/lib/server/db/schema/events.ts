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
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { memberships, networks } from './networks.ts';
import { groups } from './groups.ts';
import { venues } from './venues.ts';
import { skills } from './skills.ts';
import { MAX_LENGTH, MIN_LENGTH, RANGE } from '../../../limits.ts';
import { lengthAtMost, lengthBetween, limit } from './columns.ts';
import {
	EVENT_AUDIENCES,
	EVENT_KINDS,
	REGISTRATION_STATUSES,
	LIVE_REGISTRATION_STATUSES,
	ATTENDANCES
} from '../../../event-options.ts';
import { PARIS } from '../../../paris-time.ts';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// An event (decision 022): an atelier, a journée découverte, a séance d'échange de savoirs or a réunion. It is
// the series; its dated instances are `event_occurrences` (one for a one-off event, one per week for a weekly
// event). `starts_at`/`ends_at` are those of the first occurrence as planned (the DTSTART of the series), and
// `repeat_until` (a Paris calendar date, inclusive) the end of a weekly repetition on the first one's weekday.
export const events = pgTable(
	'events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		kind: text('kind').notNull(),
		groupId: uuid('group_id'),
		venueId: uuid('venue_id'),
		onlineUrl: text('online_url'),
		timeZone: text('time_zone').notNull().default(PARIS),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		// Weekly repetition (RRULE FREQ=WEEKLY;UNTIL=…): null for a one-off event.
		repeatUntil: date('repeat_until', { mode: 'string' }),
		// Places per occurrence: registered and offered places never exceed it (trigger in the migration).
		capacity: integer('capacity').notNull(),
		// Who may register: the network's members, the group's members, or anyone with the secret link (guests too).
		audience: text('audience').notNull().default('network'),
		// The secret of « anyone with the link » (in the URL, ?cle=…): not listed in the agenda without it.
		linkToken: text('link_token'),
		createdByAccountId: uuid('created_by_account_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		// The whole series cancelled (each occurrence then has its own cancelled_at as well).
		cancelledAt: timestamp('cancelled_at', { withTimezone: true })
	},
	(t) => [
		unique('events_network_id_id_key').on(t.networkId, t.id),
		uniqueIndex('events_link_token_idx').on(t.linkToken),
		foreignKey({
			name: 'events_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}),
		foreignKey({
			name: 'events_venue_fk',
			columns: [t.networkId, t.venueId],
			foreignColumns: [venues.networkId, venues.id]
		}),
		foreignKey({
			name: 'events_creator_fk',
			columns: [t.networkId, t.createdByAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}),
		check('events_title_length', lengthBetween(t.title, MIN_LENGTH.eventTitle, MAX_LENGTH.eventTitle)),
		check('events_description_length', lengthAtMost(t.description, MAX_LENGTH.eventDescription)),
		check('events_kind', sql`${t.kind} in (${list(EVENT_KINDS)})`),
		check('events_audience', sql`${t.audience} in (${list(EVENT_AUDIENCES)})`),
		check('events_time_zone', sql`${t.timeZone} = '${sql.raw(PARIS)}'`),
		check(
			'events_capacity',
			sql`${t.capacity} between ${limit(RANGE.eventCapacity.min)} and ${limit(RANGE.eventCapacity.max)}`
		),
		check('events_dates', sql`${t.endsAt} > ${t.startsAt}`),
		// A venue, an online link, or both (a hybrid event); never neither.
		check('events_place', sql`${t.venueId} is not null or ${t.onlineUrl} is not null`),
		check(
			'events_online_url',
			sql`${t.onlineUrl} is null or (${t.onlineUrl} ~ '^https?://[^\\s<>]+$' and length(${t.onlineUrl}) <= ${limit(MAX_LENGTH.eventOnlineUrl)})`
		),
		check('events_group_audience', sql`${t.audience} <> 'group' or ${t.groupId} is not null`),
		check('events_link_audience', sql`(${t.audience} = 'link') = (${t.linkToken} is not null)`),
		index('events_group_idx').on(t.groupId),
		index('events_venue_idx').on(t.venueId)
	]
);

// The members who lead the event and share their skill there (the sharers of its reports), with the skill.
export const eventFacilitators = pgTable(
	'event_facilitators',
	{
		eventId: uuid('event_id').notNull(),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		skillId: uuid('skill_id')
	},
	(t) => [
		primaryKey({ columns: [t.eventId, t.accountId] }),
		foreignKey({
			name: 'event_facilitators_event_fk',
			columns: [t.networkId, t.eventId],
			foreignColumns: [events.networkId, events.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'event_facilitators_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'event_facilitators_skill_fk',
			columns: [t.networkId, t.skillId],
			foreignColumns: [skills.networkId, skills.id]
		}),
		index('event_facilitators_account_idx').on(t.accountId)
	]
);

// One dated instance of an event. `original_starts_at` is where the series put it (the RECURRENCE-ID of an
// exception); `starts_at`/`ends_at` are where it really is after being moved. Cancelling one leaves the others.
export const eventOccurrences = pgTable(
	'event_occurrences',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		eventId: uuid('event_id').notNull(),
		originalStartsAt: timestamp('original_starts_at', { withTimezone: true }).notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		// When attendance was last recorded (null: not yet).
		attendanceMarkedAt: timestamp('attendance_marked_at', { withTimezone: true }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('event_occurrences_network_id_id_key').on(t.networkId, t.id),
		unique('event_occurrences_original_key').on(t.eventId, t.originalStartsAt),
		foreignKey({
			name: 'event_occurrences_event_fk',
			columns: [t.networkId, t.eventId],
			foreignColumns: [events.networkId, events.id]
		}).onDelete('cascade'),
		check('event_occurrences_dates', sql`${t.endsAt} > ${t.startsAt}`),
		index('event_occurrences_starts_idx').on(t.networkId, t.startsAt)
	]
);

// Someone without an account who registers for one occurrence of a « with the link » event (decision 024): a
// name and an email address. `token` is the secret of their own page (/invitation/place/<token>), sent in every
// email about their place: it is kept in clear because each email carries it. One guest per address and
// occurrence; a registration of theirs exists once they confirmed from the emailed link.
export const eventGuests = pgTable(
	'event_guests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		occurrenceId: uuid('occurrence_id').notNull(),
		name: text('name').notNull(),
		email: text('email').notNull(),
		locale: text('locale').notNull().default('fr'),
		token: text('token').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		// The last emailed link (resending is throttled).
		linkSentAt: timestamp('link_sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('event_guests_place_key').on(t.networkId, t.occurrenceId, t.id),
		uniqueIndex('event_guests_token_idx').on(t.token),
		uniqueIndex('event_guests_email_idx').on(t.occurrenceId, sql`lower(${t.email})`),
		foreignKey({
			name: 'event_guests_occurrence_fk',
			columns: [t.networkId, t.occurrenceId],
			foreignColumns: [eventOccurrences.networkId, eventOccurrences.id]
		}).onDelete('cascade'),
		check('event_guests_name', sql`length(btrim(${t.name})) between 1 and ${limit(MAX_LENGTH.personName)}`),
		check(
			'event_guests_email',
			sql`${t.email} ~ '^[^@[:space:]]+@[^@[:space:]]+$' and length(${t.email}) <= ${limit(MAX_LENGTH.email)}`
		),
		check('event_guests_locale', sql`${t.locale} in ('fr', 'en')`)
	]
);

// A person's registration for one occurrence: 'registered' (a place), 'waitlisted' (in line, by `arrival`),
// 'offered' (a freed place held for them until `offer_expires_at`), or ended: 'cancelled' (they or the event
// cancelled) or 'expired' (an offer not confirmed in time). One live registration per person and occurrence.
export const eventRegistrations = pgTable(
	'event_registrations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		occurrenceId: uuid('occurrence_id').notNull(),
		// A member's registration has the account, a guest's the guest (exactly one of the two).
		accountId: uuid('account_id'),
		guestId: uuid('guest_id'),
		status: text('status').notNull(),
		// Arrival order, taken while the occurrence row is locked: the waiting list's order.
		arrival: bigserial('arrival', { mode: 'number' }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		// When they got a place (at once, or by confirming an offer).
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		offeredAt: timestamp('offered_at', { withTimezone: true }),
		offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
		endedAt: timestamp('ended_at', { withTimezone: true }),
		// The day-before reminder went (or was not needed): sent at most once.
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		attendance: text('attendance'),
		attendanceMarkedAt: timestamp('attendance_marked_at', { withTimezone: true }),
		attendanceMarkedByAccountId: uuid('attendance_marked_by_account_id')
	},
	(t) => [
		foreignKey({
			name: 'event_registrations_occurrence_fk',
			columns: [t.networkId, t.occurrenceId],
			foreignColumns: [eventOccurrences.networkId, eventOccurrences.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'event_registrations_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'event_registrations_guest_fk',
			columns: [t.networkId, t.occurrenceId, t.guestId],
			foreignColumns: [eventGuests.networkId, eventGuests.occurrenceId, eventGuests.id]
		}).onDelete('cascade'),
		check('event_registrations_person', sql`num_nonnulls(${t.accountId}, ${t.guestId}) = 1`),
		check('event_registrations_status', sql`${t.status} in (${list(REGISTRATION_STATUSES)})`),
		check('event_registrations_confirmed_at', sql`${t.status} <> 'registered' or ${t.confirmedAt} is not null`),
		check(
			'event_registrations_offer',
			sql`${t.status} <> 'offered' or (${t.offeredAt} is not null and ${t.offerExpiresAt} is not null)`
		),
		check('event_registrations_ended_at', sql`(${t.status} in ('cancelled', 'expired')) = (${t.endedAt} is not null)`),
		check('event_registrations_attendance', sql`${t.attendance} in (${list(ATTENDANCES)})`),
		check(
			'event_registrations_attendance_registered',
			sql`${t.attendance} is null or (${t.status} = 'registered' and ${t.attendanceMarkedAt} is not null)`
		),
		uniqueIndex('event_registrations_one_live_idx')
			.on(t.occurrenceId, t.accountId)
			.where(sql`${t.status} in (${list(LIVE_REGISTRATION_STATUSES)})`),
		uniqueIndex('event_registrations_one_live_guest_idx')
			.on(t.occurrenceId, t.guestId)
			.where(sql`${t.status} in (${list(LIVE_REGISTRATION_STATUSES)})`),
		index('event_registrations_occurrence_idx').on(t.occurrenceId, t.status, t.arrival),
		index('event_registrations_account_idx').on(t.accountId),
		index('event_registrations_offers_idx')
			.on(t.offerExpiresAt)
			.where(sql`${t.status} = 'offered'`)
	]
);
