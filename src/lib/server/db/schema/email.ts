import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';

// Every email the instance writes. With SMTP_URL, the job worker sends it ('sent' or 'failed');
// without it, it stays in the outbox ('outbox') where the instance administrator can read it.
export const emails = pgTable(
	'emails',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		toAddress: text('to_address').notNull(),
		// The account it was written to, when there is one: in outbox mode, the coordinators of that account's
		// networks may pass on an unsent log-in link (issue 11); null for guests and addresses without an account.
		toAccountId: uuid('to_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		// The body holds a secret link (log-in, password reset, guest confirmation): its text is never shown
		// to the instance administrator.
		holdsSecretLink: boolean('holds_secret_link').notNull().default(false),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		htmlBody: text('html_body').notNull(),
		status: text('status').notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		check('emails_status', sql`${t.status} in ('pending', 'sent', 'failed', 'outbox')`),
		index('emails_created_idx').on(t.createdAt),
		index('emails_to_account_idx').on(t.toAccountId)
	]
);
