// Meeting polls, « trouver une date » (decision 037): candidate slots, one answer per participant and slot
// (oui / si besoin / non), participants with an account or guests through the poll's link, a comment thread,
// and the reminders already sent. At most one live event per poll (polls.event_id is unique).
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	foreignKey,
	index,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { memberships, networks } from './networks.ts';
import { groups } from './groups.ts';
import { venues } from './venues.ts';
import { events } from './events.ts';
import { MAX_LENGTH, MIN_LENGTH } from '../../../limits.ts';
import { lengthAtMost, lengthBetween } from './columns.ts';

export const polls = pgTable(
	'polls',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		// A group poll: its members are asked (who has not answered, reminders); null: the network's.
		groupId: uuid('group_id'),
		authorAccountId: uuid('author_account_id').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		venueId: uuid('venue_id'),
		// A precision about the place (« la salle du fond »), or the whole place when there is no venue.
		place: text('place').notNull().default(''),
		onlineUrl: text('online_url'),
		deadline: timestamp('deadline', { withTimezone: true }),
		// The secret of the poll's public link (people without an account answer through it): shown to members
		// on the poll's page, so kept in clear like an event's link (decision 024).
		linkToken: text('link_token').notNull(),
		status: text('status').notNull().default('open'),
		chosenSlotId: uuid('chosen_slot_id'),
		// The event made by finalising; unique: two finalisations at once cannot make two events.
		eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('polls_network_id_id_key').on(t.networkId, t.id),
		unique('polls_link_token_key').on(t.linkToken),
		unique('polls_event_id_key').on(t.eventId),
		foreignKey({
			name: 'polls_author_membership_fk',
			columns: [t.networkId, t.authorAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'polls_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'polls_venue_fk',
			columns: [t.networkId, t.venueId],
			foreignColumns: [venues.networkId, venues.id]
		}),
		check('polls_title_length', lengthBetween(t.title, MIN_LENGTH.pollTitle, MAX_LENGTH.pollTitle)),
		check('polls_description_length', lengthAtMost(t.description, MAX_LENGTH.pollDescription)),
		check('polls_place_length', lengthAtMost(t.place, MAX_LENGTH.pollPlace)),
		check(
			'polls_online_url',
			sql`${t.onlineUrl} is null or (char_length(${t.onlineUrl}) <= ${sql.raw(String(MAX_LENGTH.eventOnlineUrl))} and ${t.onlineUrl} ~ '^https?://')`
		),
		check('polls_status', sql`${t.status} in ('open', 'closed')`),
		// A chosen slot closes the poll; an open poll has no event.
		check('polls_chosen_closed', sql`${t.chosenSlotId} is null or ${t.status} = 'closed'`),
		check('polls_event_chosen', sql`${t.eventId} is null or ${t.chosenSlotId} is not null`),
		index('polls_open_idx')
			.on(t.networkId, t.createdAt)
			.where(sql`${t.status} = 'open'`),
		index('polls_deadline_idx')
			.on(t.deadline)
			.where(sql`${t.status} = 'open' and ${t.deadline} is not null`)
	]
);

// A candidate slot: a start and an end (a whole day is Paris midnight to midnight, all_day set).
export const pollSlots = pgTable(
	'poll_slots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		pollId: uuid('poll_id').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		allDay: boolean('all_day').notNull().default(false)
	},
	(t) => [
		unique('poll_slots_poll_id_id_key').on(t.pollId, t.id),
		// The same slot twice would split its answers.
		unique('poll_slots_same_key').on(t.pollId, t.startsAt, t.endsAt),
		foreignKey({
			name: 'poll_slots_poll_fk',
			columns: [t.networkId, t.pollId],
			foreignColumns: [polls.networkId, polls.id]
		}).onDelete('cascade'),
		check('poll_slots_order', sql`${t.endsAt} > ${t.startsAt}`)
	]
);

// Someone who answers: a member (account) or a guest through the link (a name, an optional email, and the
// SHA-256 of their private link: the link itself is shown once and emailed, never stored).
export const pollParticipants = pgTable(
	'poll_participants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		pollId: uuid('poll_id').notNull(),
		accountId: uuid('account_id'),
		guestName: text('guest_name'),
		guestEmail: text('guest_email'),
		guestTokenHash: text('guest_token_hash'),
		guestLocale: text('guest_locale'),
		comment: text('comment').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('poll_participants_poll_id_id_key').on(t.pollId, t.id),
		// One row per member and poll: answering again edits it.
		unique('poll_participants_member_key').on(t.pollId, t.accountId),
		unique('poll_participants_guest_token_key').on(t.guestTokenHash),
		foreignKey({
			name: 'poll_participants_poll_fk',
			columns: [t.networkId, t.pollId],
			foreignColumns: [polls.networkId, polls.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'poll_participants_member_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check(
			'poll_participants_who',
			sql`(${t.accountId} is not null and ${t.guestName} is null and ${t.guestTokenHash} is null)
				or (${t.accountId} is null and ${t.guestName} is not null and ${t.guestTokenHash} is not null)`
		),
		check(
			'poll_participants_guest_name_length',
			sql`${t.guestName} is null or char_length(${t.guestName}) between 1 and ${sql.raw(String(MAX_LENGTH.personName))}`
		),
		check(
			'poll_participants_guest_email_length',
			sql`${t.guestEmail} is null or char_length(${t.guestEmail}) <= ${sql.raw(String(MAX_LENGTH.email))}`
		),
		check('poll_participants_comment_length', lengthAtMost(t.comment, MAX_LENGTH.pollComment))
	]
);

// One answer per participant and slot (the primary key): answering again replaces it.
export const pollAnswers = pgTable(
	'poll_answers',
	{
		pollId: uuid('poll_id').notNull(),
		participantId: uuid('participant_id').notNull(),
		slotId: uuid('slot_id').notNull(),
		answer: text('answer').notNull()
	},
	(t) => [
		primaryKey({ name: 'poll_answers_pkey', columns: [t.participantId, t.slotId] }),
		foreignKey({
			name: 'poll_answers_participant_fk',
			columns: [t.pollId, t.participantId],
			foreignColumns: [pollParticipants.pollId, pollParticipants.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'poll_answers_slot_fk',
			columns: [t.pollId, t.slotId],
			foreignColumns: [pollSlots.pollId, pollSlots.id]
		}).onDelete('cascade'),
		check('poll_answers_answer', sql`${t.answer} in ('yes', 'maybe', 'no')`),
		index('poll_answers_slot_idx').on(t.slotId)
	]
);

// The poll's short thread: members write, with their account.
export const pollComments = pgTable(
	'poll_comments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		pollId: uuid('poll_id').notNull(),
		accountId: uuid('account_id').notNull(),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'poll_comments_poll_fk',
			columns: [t.networkId, t.pollId],
			foreignColumns: [polls.networkId, polls.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'poll_comments_member_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('poll_comments_body_length', lengthBetween(t.body, 1, MAX_LENGTH.pollComment)),
		index('poll_comments_poll_idx').on(t.pollId, t.createdAt)
	]
);

// A reminder sent to a group member who had not answered: the primary key caps it at once per person and poll.
export const pollReminders = pgTable(
	'poll_reminders',
	{
		pollId: uuid('poll_id')
			.notNull()
			.references(() => polls.id, { onDelete: 'cascade' }),
		accountId: uuid('account_id').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ name: 'poll_reminders_pkey', columns: [t.pollId, t.accountId] })]
);
