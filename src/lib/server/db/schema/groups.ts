import { sql, type SQL } from 'drizzle-orm';
import {
	bigint,
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
import { accounts } from './accounts.ts';
import { memberships, networks } from './networks.ts';
import { themes } from './skills.ts';
import { MAX_LENGTH } from '../../../limits.ts';
import { lengthAtMost, lengthBetween } from './columns.ts';

// Lengths match src/lib/validation/groups.ts (decision 021).

// A thematic group (cuisine, informatique…) of one network: members join freely ('open') or on a group
// coordinator's approval ('approval').
export const groups = pgTable(
	'groups',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		nameKey: text('name_key')
			.notNull()
			.generatedAlwaysAs((): SQL => sql`name_key(${groups.name})`),
		// Optional: a group may be about no single theme. A theme of another network is refused (composite key).
		themeId: uuid('theme_id'),
		description: text('description').notNull().default(''),
		joinPolicy: text('join_policy').notNull().default('open'),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		// What events (and anything else pointing at a group) reference: a group of the same network.
		unique('groups_network_id_id_key').on(t.networkId, t.id),
		unique('groups_name_key').on(t.networkId, t.nameKey),
		foreignKey({
			name: 'groups_theme_fk',
			columns: [t.networkId, t.themeId],
			foreignColumns: [themes.networkId, themes.id]
		}),
		check('groups_name_length', lengthBetween(t.name, 1, MAX_LENGTH.groupName)),
		check('groups_description_length', lengthAtMost(t.description, MAX_LENGTH.groupDescription)),
		check('groups_join_policy', sql`${t.joinPolicy} in ('open', 'approval')`)
	]
);

// A member's place in a group: a request ('pending') or a membership ('active'), with a role in the group, and
// whether they hide themselves from the group's member list (group coordinators still see them).
export const groupMembers = pgTable(
	'group_members',
	{
		groupId: uuid('group_id').notNull(),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		role: text('role').notNull().default('member'),
		status: text('status').notNull().default('active'),
		hidden: boolean('hidden').notNull().default(false),
		requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
		joinedAt: timestamp('joined_at', { withTimezone: true }),
		decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		primaryKey({ columns: [t.groupId, t.accountId] }),
		unique('group_members_network_group_account_key').on(t.networkId, t.groupId, t.accountId),
		foreignKey({
			name: 'group_members_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'group_members_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('group_members_role', sql`${t.role} in ('member', 'coordinator')`),
		check('group_members_status', sql`${t.status} in ('pending', 'active')`),
		check('group_members_joined', sql`(${t.status} = 'active') = (${t.joinedAt} is not null)`),
		// Only a member of the group coordinates it.
		check('group_members_coordinator_active', sql`${t.role} = 'member' or ${t.status} = 'active'`),
		index('group_members_account_idx').on(t.accountId, t.networkId)
	]
);

// The group's discussion thread: plain-text messages of its members, and the announcements of its coordinators
// (kind 'announcement', which also notify the members). Authors are members of the network; that they belong to
// the group is checked when they write (a member who leaves keeps their past messages).
export const groupMessages = pgTable(
	'group_messages',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		groupId: uuid('group_id').notNull(),
		networkId: uuid('network_id').notNull(),
		authorAccountId: uuid('author_account_id').notNull(),
		kind: text('kind').notNull().default('message'),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'group_messages_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'group_messages_author_fk',
			columns: [t.networkId, t.authorAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('group_messages_kind', sql`${t.kind} in ('message', 'announcement')`),
		check('group_messages_body_length', lengthBetween(t.body, 1, MAX_LENGTH.groupMessage)),
		index('group_messages_group_idx').on(t.groupId, t.id)
	]
);
