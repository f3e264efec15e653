import { sql } from 'drizzle-orm';
import {
	bigint,
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
import { accounts } from './accounts.ts';
import { introductions } from './introductions.ts';
import { memberships, networks } from './networks.ts';
import { MAX_LENGTH } from '../../../limits.ts';
import { lengthBetween } from './columns.ts';

// Lengths come from src/lib/limits.ts, as do the form's (decision 018, decision 010).

// A private conversation between two or more members of one network, optionally about an introduction (then
// its people are the participants, and there is one conversation per introduction).
export const conversations = pgTable(
	'conversations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		// A trigger (migration) checks that the introduction belongs to the same network.
		introductionId: uuid('introduction_id').references(() => introductions.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		// Sorts the list of conversations; moved forward by every message.
		lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('conversations_network_id_id_key').on(t.networkId, t.id),
		uniqueIndex('conversations_one_per_introduction_idx')
			.on(t.introductionId)
			.where(sql`${t.introductionId} is not null`)
	]
);

// Who is in a conversation, what they have read, whether they left, and when they were last emailed about it.
export const conversationParticipants = pgTable(
	'conversation_participants',
	{
		conversationId: uuid('conversation_id').notNull(),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		// The last message this person has seen; later messages from others are unread.
		lastReadMessageId: bigint('last_read_message_id', { mode: 'number' }),
		// Set when the person leaves: they no longer write, get no notices and see nothing written after.
		leftAt: timestamp('left_at', { withTimezone: true }),
		// The last email notice of new messages in this conversation (throttling, decision 018).
		lastNotifiedAt: timestamp('last_notified_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.conversationId, t.accountId] }),
		foreignKey({
			name: 'conversation_participants_conversation_fk',
			columns: [t.networkId, t.conversationId],
			foreignColumns: [conversations.networkId, conversations.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'conversation_participants_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		// The unread badge reads a person's live conversations in one network on every page.
		index('conversation_participants_account_idx')
			.on(t.accountId, t.networkId)
			.where(sql`${t.leftAt} is null`)
	]
);

// One message. Its author must be a participant of its conversation (composite foreign key). `kind` is 'text',
// or 'contact' when a member shares their own email address in the conversation.
export const messages = pgTable(
	'messages',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		conversationId: uuid('conversation_id').notNull(),
		networkId: uuid('network_id').notNull(),
		authorAccountId: uuid('author_account_id').notNull(),
		kind: text('kind').notNull().default('text'),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('messages_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'messages_conversation_fk',
			columns: [t.networkId, t.conversationId],
			foreignColumns: [conversations.networkId, conversations.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'messages_author_fk',
			columns: [t.conversationId, t.authorAccountId],
			foreignColumns: [conversationParticipants.conversationId, conversationParticipants.accountId]
		}).onDelete('cascade'),
		check('messages_kind', sql`${t.kind} in ('text', 'contact')`),
		check('messages_body_length', lengthBetween(t.body, 1, MAX_LENGTH.messageBody)),
		index('messages_conversation_idx').on(t.conversationId, t.id),
		index('messages_created_idx').on(t.createdAt)
	]
);

// A member blocks another in one network: the blocked member can no longer write to them (decision 018).
export const memberBlocks = pgTable(
	'member_blocks',
	{
		networkId: uuid('network_id').notNull(),
		blockerAccountId: uuid('blocker_account_id').notNull(),
		blockedAccountId: uuid('blocked_account_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.blockerAccountId, t.blockedAccountId] }),
		foreignKey({
			name: 'member_blocks_blocker_fk',
			columns: [t.networkId, t.blockerAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'member_blocks_blocked_fk',
			columns: [t.networkId, t.blockedAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('member_blocks_not_self', sql`${t.blockerAccountId} <> ${t.blockedAccountId}`),
		index('member_blocks_blocked_idx').on(t.networkId, t.blockedAccountId)
	]
);

// A message reported to the network's coordinators, with the reporter's reason; open until one handles it.
export const messageReports = pgTable(
	'message_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		messageId: bigint('message_id', { mode: 'number' }).notNull(),
		reporterAccountId: uuid('reporter_account_id').notNull(),
		reason: text('reason').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		handledAt: timestamp('handled_at', { withTimezone: true }),
		handledByAccountId: uuid('handled_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		foreignKey({
			name: 'message_reports_message_fk',
			columns: [t.networkId, t.messageId],
			foreignColumns: [messages.networkId, messages.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'message_reports_reporter_fk',
			columns: [t.networkId, t.reporterAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('message_reports_reason_length', lengthBetween(t.reason, 1, MAX_LENGTH.messageReportReason)),
		// A member reports a message once while that report is open.
		uniqueIndex('message_reports_one_open_idx')
			.on(t.messageId, t.reporterAccountId)
			.where(sql`${t.handledAt} is null`),
		index('message_reports_open_idx')
			.on(t.networkId, t.createdAt)
			.where(sql`${t.handledAt} is null`)
	]
);
