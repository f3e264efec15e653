import { sql } from 'drizzle-orm';
import {
	check,
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
import { memberships, networks } from './networks.ts';
import { posts } from './posts.ts';

export const INTRODUCTION_STATUSES = ['proposed', 'accepted', 'met', 'done', 'cancelled', 'no_follow_up'] as const;

// A mise en relation: one post and the people brought together around it (1 to N: a learning group), from a
// member's answer or a coordinator's introduction, moving proposée → acceptée → rencontre faite → terminée, or
// annulée / sans suite. Each step is dated.
export const introductions = pgTable(
	'introductions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		postId: uuid('post_id').notNull(),
		// 'answer': a member answered the post (« Je peux aider », « Ça m'intéresse »); 'coordinator': introduced.
		origin: text('origin').notNull(),
		createdByAccountId: uuid('created_by_account_id').notNull(),
		status: text('status').notNull().default('proposed'),
		proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		metAt: timestamp('met_at', { withTimezone: true }),
		endedAt: timestamp('ended_at', { withTimezone: true })
	},
	(t) => [
		// What an exchange points to (exchanges.ts): an introduction of the same network.
		unique('introductions_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'introductions_post_fk',
			columns: [t.networkId, t.postId],
			foreignColumns: [posts.networkId, posts.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'introductions_creator_fk',
			columns: [t.networkId, t.createdByAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('introductions_origin', sql`${t.origin} in ('answer', 'coordinator')`),
		check(
			'introductions_status',
			sql`${t.status} in ('proposed', 'accepted', 'met', 'done', 'cancelled', 'no_follow_up')`
		),
		// Each step reached has its date; a finished introduction has its end date.
		check(
			'introductions_accepted_at',
			sql`(${t.status} in ('accepted', 'met', 'done')) <= (${t.acceptedAt} is not null)`
		),
		check('introductions_met_at', sql`(${t.status} in ('met', 'done')) <= (${t.metAt} is not null)`),
		check(
			'introductions_ended_at',
			sql`(${t.status} in ('done', 'cancelled', 'no_follow_up')) = (${t.endedAt} is not null)`
		),
		// A member answers a post once while that answer is under way.
		uniqueIndex('introductions_one_live_answer_idx')
			.on(t.postId, t.createdByAccountId)
			.where(sql`${t.origin} = 'answer' and ${t.status} in ('proposed', 'accepted', 'met')`),
		index('introductions_post_idx').on(t.postId)
	]
);

// The people of an introduction: the post's author and the one or more people brought to them.
export const introductionPeople = pgTable(
	'introduction_people',
	{
		introductionId: uuid('introduction_id')
			.notNull()
			.references(() => introductions.id, { onDelete: 'cascade' }),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		role: text('role').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.introductionId, t.accountId] }),
		foreignKey({
			name: 'introduction_people_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('introduction_people_role', sql`${t.role} in ('author', 'participant')`),
		index('introduction_people_account_idx').on(t.accountId)
	]
);
