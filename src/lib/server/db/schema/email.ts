import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Every email the instance writes. With SMTP_URL, the job worker sends it ('sent' or 'failed');
// without it, it stays in the outbox ('outbox') where the instance administrator can read it.
export const emails = pgTable(
	'emails',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		toAddress: text('to_address').notNull(),
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
		index('emails_created_idx').on(t.createdAt)
	]
);
