import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { BALANCE_LIMIT_MAX_MINUTES, MAX_LENGTH } from '../../../limits.ts';
import { lengthAtMost, lengthBetween, limit } from './columns.ts';

export const networks = pgTable(
	'networks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		town: text('town').notNull(),
		description: text('description').notNull().default(''),
		// 'open': anyone who signs up is a member at once; 'approval': a coordinator accepts each request.
		joinPolicy: text('join_policy').notNull().default('approval'),
		// How exchanges are counted (decision 019): 'open' (given and received), 'time_bank' (a ledger of minutes
		// with optional limits on balances), 'gift' (only the thanks). Switching keeps every exchange and balance.
		reciprocityMode: text('reciprocity_mode').notNull().default('open'),
		// Time bank: the lowest balance a debit may reach (≤ 0) and the highest a credit may reach (≥ 0); null: none.
		timeMinBalanceMinutes: integer('time_min_balance_minutes'),
		timeMaxBalanceMinutes: integer('time_max_balance_minutes'),
		// 'suspended': the instance administrator closed it for now; its data is kept and nobody can use it.
		status: text('status').notNull().default('active'),
		suspendedAt: timestamp('suspended_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('networks_status', sql`${t.status} in ('active', 'suspended')`),
		check('networks_suspended_at', sql`(${t.status} = 'suspended') = (${t.suspendedAt} is not null)`),
		check(
			'networks_slug_shape',
			sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= ${limit(MAX_LENGTH.networkSlug)}`
		),
		check('networks_name_length', lengthBetween(t.name, 1, MAX_LENGTH.networkName)),
		check('networks_town_length', lengthBetween(t.town, 1, MAX_LENGTH.networkTown)),
		check('networks_description_length', lengthAtMost(t.description, MAX_LENGTH.networkDescription)),
		check('networks_join_policy', sql`${t.joinPolicy} in ('open', 'approval')`),
		check('networks_reciprocity_mode', sql`${t.reciprocityMode} in ('open', 'time_bank', 'gift')`),
		check(
			'networks_time_min_balance',
			sql`${t.timeMinBalanceMinutes} between ${limit(-BALANCE_LIMIT_MAX_MINUTES)} and 0`
		),
		check(
			'networks_time_max_balance',
			sql`${t.timeMaxBalanceMinutes} between 0 and ${limit(BALANCE_LIMIT_MAX_MINUTES)}`
		)
	]
);

// A person's membership in a network: their role there and whether a coordinator has let them in.
export const memberships = pgTable(
	'memberships',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		role: text('role').notNull().default('member'),
		status: text('status').notNull().default('pending'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedByAccountId: uuid('decided_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.accountId] }),
		check('memberships_role', sql`${t.role} in ('member', 'coordinator')`),
		check('memberships_status', sql`${t.status} in ('pending', 'active', 'refused')`),
		check('memberships_decided', sql`${t.status} = 'pending' or ${t.decidedAt} is not null`),
		index('memberships_account_idx').on(t.accountId),
		index('memberships_pending_idx')
			.on(t.networkId, t.createdAt)
			.where(sql`${t.status} = 'pending'`),
		// The few memberships that are not active: a search excludes their skills (search/search-sql.ts).
		index('memberships_not_active_idx')
			.on(t.networkId, t.accountId)
			.where(sql`${t.status} <> 'active'`)
	]
);
