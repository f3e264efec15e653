import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid, bigserial } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { networks } from './networks.ts';

// Server-side sessions: the cookie holds a random token, the table holds only its SHA-256.
export const sessions = pgTable(
	'sessions',
	{
		idHash: text('id_hash').primaryKey(),
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		// The network the person is looking at; switched from the account page.
		currentNetworkId: uuid('current_network_id').references(() => networks.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('sessions_account_idx').on(t.accountId), index('sessions_expires_idx').on(t.expiresAt)]
);

// Single-use links sent by email: password reset and log-in link. Only the SHA-256 of the token is stored.
export const emailTokens = pgTable(
	'email_tokens',
	{
		tokenHash: text('token_hash').primaryKey(),
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		purpose: text('purpose').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('email_tokens_purpose', sql`${t.purpose} in ('password_reset', 'magic_link')`),
		index('email_tokens_account_idx').on(t.accountId)
	]
);

// Every log-in attempt, to slow down password guessing per account and per address.
export const loginAttempts = pgTable(
	'login_attempts',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		identifier: text('identifier').notNull(),
		ip: text('ip').notNull(),
		succeeded: boolean('succeeded').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_attempts_identifier_idx').on(t.identifier, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)]
);
