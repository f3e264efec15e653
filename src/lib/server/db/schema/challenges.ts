import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { MAX_LENGTH, MIN_LENGTH } from '../../../limits.ts';
import { lengthAtMost, lengthBetween } from './columns.ts';
import { eventOccurrences } from './events.ts';
import { groups } from './groups.ts';
import { accounts } from './accounts.ts';
import { memberships } from './networks.ts';

// A group's collective challenges (« défis »), their tasks, its décisions and the notes of a meeting
// (decision 038). Lengths match src/lib/validation/challenges.ts.

// A défi: « organiser une journée découverte jardinage avant juin », with why and a target day (Paris).
export const challenges = pgTable(
	'challenges',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		groupId: uuid('group_id').notNull(),
		title: text('title').notNull(),
		why: text('why').notNull().default(''),
		targetOn: date('target_on', { mode: 'string' }).notNull(),
		authorAccountId: uuid('author_account_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('challenges_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'challenges_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'challenges_author_fk',
			columns: [t.networkId, t.authorAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('challenges_title_length', lengthBetween(t.title, MIN_LENGTH.challengeTitle, MAX_LENGTH.challengeTitle)),
		check('challenges_why_length', lengthAtMost(t.why, MAX_LENGTH.challengeWhy)),
		index('challenges_group_idx').on(t.groupId, t.targetOn)
	]
);

// A task of a défi. One person at most takes it: `taken_by` is a single column, set only while it is null
// (« je m'en occupe » is a conditional update), so two people can never hold it at once. Done only once taken.
export const challengeTasks = pgTable(
	'challenge_tasks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		challengeId: uuid('challenge_id').notNull(),
		title: text('title').notNull(),
		dueOn: date('due_on', { mode: 'string' }),
		// An account, not a membership: a holder who leaves the network frees the task instead of deleting it
		// (that they are an active member of the group is checked when they take it).
		takenByAccountId: uuid('taken_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		takenAt: timestamp('taken_at', { withTimezone: true }),
		doneAt: timestamp('done_at', { withTimezone: true }),
		doneByAccountId: uuid('done_by_account_id'),
		// When the overdue reminder left: once per task and taker (cleared when the task is given back).
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'challenge_tasks_challenge_fk',
			columns: [t.networkId, t.challengeId],
			foreignColumns: [challenges.networkId, challenges.id]
		}).onDelete('cascade'),
		check('challenge_tasks_title_length', lengthBetween(t.title, 1, MAX_LENGTH.taskTitle)),
		check('challenge_tasks_taken', sql`${t.takenByAccountId} is null or ${t.takenAt} is not null`),
		check('challenge_tasks_done', sql`${t.doneAt} is null or ${t.takenAt} is not null`),
		index('challenge_tasks_challenge_idx').on(t.challengeId),
		index('challenge_tasks_taker_idx').on(t.takenByAccountId, t.dueOn)
	]
);

// A décision the group wrote after a meeting, optionally tied to that meeting's occurrence.
export const groupDecisions = pgTable(
	'group_decisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		groupId: uuid('group_id').notNull(),
		body: text('body').notNull(),
		decidedOn: date('decided_on', { mode: 'string' }).notNull(),
		occurrenceId: uuid('occurrence_id'),
		authorAccountId: uuid('author_account_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'group_decisions_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'group_decisions_occurrence_fk',
			columns: [t.networkId, t.occurrenceId],
			foreignColumns: [eventOccurrences.networkId, eventOccurrences.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'group_decisions_author_fk',
			columns: [t.networkId, t.authorAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('group_decisions_body_length', lengthBetween(t.body, 1, MAX_LENGTH.decisionBody)),
		index('group_decisions_group_idx').on(t.groupId, t.decidedOn)
	]
);

// The notes (compte rendu) of one occurrence of an event: one text per occurrence, edited in place.
export const meetingNotes = pgTable(
	'meeting_notes',
	{
		occurrenceId: uuid('occurrence_id').primaryKey(),
		networkId: uuid('network_id').notNull(),
		body: text('body').notNull(),
		updatedByAccountId: uuid('updated_by_account_id').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'meeting_notes_occurrence_fk',
			columns: [t.networkId, t.occurrenceId],
			foreignColumns: [eventOccurrences.networkId, eventOccurrences.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'meeting_notes_author_fk',
			columns: [t.networkId, t.updatedByAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('meeting_notes_body_length', lengthBetween(t.body, 1, MAX_LENGTH.meetingNotes))
	]
);
