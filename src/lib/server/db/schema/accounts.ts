import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { MAX_LENGTH } from '../../../limits.ts';
import { lengthBetween, limit } from './columns.ts';

// A login identity. The same account can be a member of several networks (see memberships).
export const accounts = pgTable(
	'accounts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		// Stored lower-cased; null for people created by a coordinator without an email address.
		email: text('email').unique(),
		name: text('name').notNull(),
		passwordHash: text('password_hash'),
		// SHA-256 of the printed login code of a member without email; the code itself is never stored.
		loginCodeHash: text('login_code_hash').unique(),
		locale: text('locale').notNull().default('fr'),
		isInstanceAdmin: boolean('is_instance_admin').notNull().default(false),
		createdByAccountId: uuid('created_by_account_id').references((): AnyPgColumn => accounts.id, {
			onDelete: 'set null'
		}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('accounts_email_lower', sql`${t.email} = lower(${t.email})`),
		check('accounts_email_shape', sql`${t.email} ~ '^[^[:space:]@<>]+@[^[:space:]@<>]+$'`),
		check('accounts_email_length', sql`length(${t.email}) <= ${limit(MAX_LENGTH.email)}`),
		check('accounts_name_length', lengthBetween(t.name, 1, MAX_LENGTH.personName)),
		check('accounts_locale', sql`${t.locale} in ('fr', 'en')`),
		check('accounts_can_log_in', sql`${t.email} is not null or ${t.loginCodeHash} is not null`),
		index('accounts_created_by_idx').on(t.createdByAccountId)
	]
);
