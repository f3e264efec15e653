import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
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
import {
	MENTOR_STATUSES,
	MENTORING_FORMATS,
	MENTORING_REQUEST_STATUSES,
	MENTORING_SIDES,
	MENTORING_STATUSES
} from '../../../mentoring-options.ts';
import {
	MAX_LENGTH,
	MENTOR_MAX_HOURS_PER_MONTH,
	MENTORING_MAX_MONTHS,
	MENTORING_SESSION_MAX_MINUTES,
	MENTORING_SESSION_MIN_MINUTES
} from '../../../limits.ts';
import { accounts } from './accounts.ts';
import { lengthAtMost, lengthBetween, limit } from './columns.ts';
import { memberships, networks } from './networks.ts';
import { partners } from './partners.ts';
import { skills } from './skills.ts';

// Outside mentoring (decision 036). A mentor has an account but NO membership: every member page refuses them
// as it refuses a stranger; the mentoring pages read these tables only. Every table points at its network's rows
// through composite keys (network_id, id), so a pair can never join a mentor and a request of two networks.

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

const skillOf = (name: string, t: { networkId: AnyPgColumn; skillId: AnyPgColumn }) =>
	foreignKey({ name, columns: [t.networkId, t.skillId], foreignColumns: [skills.networkId, skills.id] }).onDelete(
		'cascade'
	);

// A mentor of one network: invited by email (the link's SHA-256 kept until it is followed), then an account.
export const mentors = pgTable(
	'mentors',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		// Null while invited, and after the account is gone.
		accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
		// The partner organisation they come from (« Banque du Parvis »), if any. Partners are archived, never deleted.
		partnerId: uuid('partner_id'),
		name: text('name').notNull(),
		// The invitation's address; emptied when the mentor leaves (they are not a member: nothing keeps it).
		email: text('email').notNull().default(''),
		status: text('status').notNull().default('invited'),
		tokenHash: text('token_hash').unique(),
		invitationExpiresAt: timestamp('invitation_expires_at', { withTimezone: true }),
		hoursPerMonth: integer('hours_per_month'),
		format: text('format'),
		presentation: text('presentation').notNull().default(''),
		invitedByAccountId: uuid('invited_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		leftAt: timestamp('left_at', { withTimezone: true })
	},
	(t) => [
		unique('mentors_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'mentors_partner_fk',
			columns: [t.networkId, t.partnerId],
			foreignColumns: [partners.networkId, partners.id]
		}),
		// One live mentor row per account and network.
		uniqueIndex('mentors_live_account_idx')
			.on(t.networkId, t.accountId)
			.where(sql`${t.status} <> 'left'`),
		index('mentors_account_idx').on(t.accountId),
		check('mentors_status', sql`${t.status} in (${inList(MENTOR_STATUSES)})`),
		check('mentors_account', sql`${t.status} in ('invited', 'left') or ${t.accountId} is not null`),
		check('mentors_format', sql`${t.format} is null or ${t.format} in (${inList(MENTORING_FORMATS)})`),
		check(
			'mentors_hours',
			sql`${t.hoursPerMonth} is null or ${t.hoursPerMonth} between 1 and ${limit(MENTOR_MAX_HOURS_PER_MONTH)}`
		),
		check('mentors_name_length', lengthBetween(t.name, 1, MAX_LENGTH.personName)),
		check('mentors_email_length', lengthAtMost(t.email, MAX_LENGTH.email)),
		check('mentors_presentation_length', lengthAtMost(t.presentation, MAX_LENGTH.mentorPresentation))
	]
);

const mentorOf = (name: string, t: { networkId: AnyPgColumn; mentorId: AnyPgColumn }) =>
	foreignKey({ name, columns: [t.networkId, t.mentorId], foreignColumns: [mentors.networkId, mentors.id] }).onDelete(
		'cascade'
	);

// The network's skills a mentor can share.
export const mentorSkills = pgTable(
	'mentor_skills',
	{
		mentorId: uuid('mentor_id').notNull(),
		networkId: uuid('network_id').notNull(),
		skillId: uuid('skill_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.mentorId, t.skillId] }),
		mentorOf('mentor_skills_mentor_fk', t),
		skillOf('mentor_skills_skill_fk', t),
		index('mentor_skills_skill_idx').on(t.skillId)
	]
);

// A member's request for a mentor (or a coordinator's, from an unmet need). The member must belong to the network.
export const mentoringRequests = pgTable(
	'mentoring_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		memberAccountId: uuid('member_account_id').notNull(),
		skillId: uuid('skill_id').notNull(),
		goal: text('goal').notNull(),
		format: text('format').notNull(),
		months: integer('months').notNull(),
		status: text('status').notNull().default('open'),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true })
	},
	(t) => [
		unique('mentoring_requests_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'mentoring_requests_member_fk',
			columns: [t.networkId, t.memberAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		skillOf('mentoring_requests_skill_fk', t),
		index('mentoring_requests_open_idx')
			.on(t.networkId, t.createdAt)
			.where(sql`${t.status} = 'open'`),
		index('mentoring_requests_member_idx').on(t.memberAccountId),
		index('mentoring_requests_skill_idx').on(t.skillId),
		check('mentoring_requests_status', sql`${t.status} in (${inList(MENTORING_REQUEST_STATUSES)})`),
		check('mentoring_requests_format', sql`${t.format} in (${inList(MENTORING_FORMATS)})`),
		check('mentoring_requests_months', sql`${t.months} between 1 and ${limit(MENTORING_MAX_MONTHS)}`),
		check('mentoring_requests_goal_length', lengthBetween(t.goal, 1, MAX_LENGTH.mentoringGoal))
	]
);

// A pair: a request and a mentor of the same network, proposed by a coordinator, accepted by both.
export const mentorings = pgTable(
	'mentorings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		requestId: uuid('request_id').notNull(),
		mentorId: uuid('mentor_id').notNull(),
		status: text('status').notNull().default('proposed'),
		mentorAcceptedAt: timestamp('mentor_accepted_at', { withTimezone: true }),
		memberAcceptedAt: timestamp('member_accepted_at', { withTimezone: true }),
		declinedBy: text('declined_by'),
		declineReason: text('decline_reason').notNull().default(''),
		proposedByAccountId: uuid('proposed_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
		startedAt: timestamp('started_at', { withTimezone: true }),
		endedAt: timestamp('ended_at', { withTimezone: true })
	},
	(t) => [
		unique('mentorings_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'mentorings_request_fk',
			columns: [t.networkId, t.requestId],
			foreignColumns: [mentoringRequests.networkId, mentoringRequests.id]
		}).onDelete('cascade'),
		mentorOf('mentorings_mentor_fk', t),
		// One live pair per request: a declined one frees it for another mentor.
		uniqueIndex('mentorings_live_request_idx')
			.on(t.requestId)
			.where(sql`${t.status} in ('proposed', 'active')`),
		index('mentorings_mentor_idx').on(t.mentorId),
		index('mentorings_network_idx').on(t.networkId, t.proposedAt),
		check('mentorings_status', sql`${t.status} in (${inList(MENTORING_STATUSES)})`),
		check(
			'mentorings_declined',
			sql`(${t.status} = 'declined') = (${t.declinedBy} is not null) and (${t.declinedBy} is null or ${t.declinedBy} in (${inList(MENTORING_SIDES)}))`
		),
		check('mentorings_active', sql`${t.status} not in ('active', 'ended') or ${t.startedAt} is not null`),
		check('mentorings_decline_reason_length', lengthAtMost(t.declineReason, MAX_LENGTH.mentoringDeclineReason))
	]
);

const mentoringOf = (name: string, t: { networkId: AnyPgColumn; mentoringId: AnyPgColumn }) =>
	foreignKey({
		name,
		columns: [t.networkId, t.mentoringId],
		foreignColumns: [mentorings.networkId, mentorings.id]
	}).onDelete('cascade');

// The pair's own thread: a mentor has no membership, so the network's conversations (decision 018) cannot hold it.
export const mentoringMessages = pgTable(
	'mentoring_messages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		mentoringId: uuid('mentoring_id').notNull(),
		authorAccountId: uuid('author_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		mentoringOf('mentoring_messages_mentoring_fk', t),
		index('mentoring_messages_thread_idx').on(t.mentoringId, t.createdAt),
		check('mentoring_messages_body_length', lengthBetween(t.body, 1, MAX_LENGTH.mentoringMessage))
	]
);

// A session held: date, minutes, a short note; counted in reports as knowledge received from outside.
export const mentoringSessions = pgTable(
	'mentoring_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		mentoringId: uuid('mentoring_id').notNull(),
		heldOn: date('held_on').notNull(),
		minutes: integer('minutes').notNull(),
		note: text('note').notNull().default(''),
		loggedByAccountId: uuid('logged_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		mentoringOf('mentoring_sessions_mentoring_fk', t),
		index('mentoring_sessions_mentoring_idx').on(t.mentoringId, t.heldOn),
		index('mentoring_sessions_network_idx').on(t.networkId, t.heldOn),
		check(
			'mentoring_sessions_minutes',
			sql`${t.minutes} between ${limit(MENTORING_SESSION_MIN_MINUTES)} and ${limit(MENTORING_SESSION_MAX_MINUTES)}`
		),
		check('mentoring_sessions_note_length', lengthAtMost(t.note, MAX_LENGTH.mentoringSessionNote))
	]
);

// « Ça m'a aidé ? » (1–4) and a sentence, once from each side when the mentoring ends.
export const mentoringReviews = pgTable(
	'mentoring_reviews',
	{
		networkId: uuid('network_id').notNull(),
		mentoringId: uuid('mentoring_id').notNull(),
		side: text('side').notNull(),
		helped: integer('helped').notNull(),
		sentence: text('sentence').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.mentoringId, t.side] }),
		mentoringOf('mentoring_reviews_mentoring_fk', t),
		check('mentoring_reviews_side', sql`${t.side} in (${inList(MENTORING_SIDES)})`),
		check('mentoring_reviews_helped', sql`${t.helped} between 1 and 4`),
		check('mentoring_reviews_sentence_length', lengthBetween(t.sentence, 1, MAX_LENGTH.mentoringReview))
	]
);
