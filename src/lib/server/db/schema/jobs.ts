import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Background work, taken with FOR UPDATE SKIP LOCKED so several app processes can share it safely.
export const jobs = pgTable(
	'jobs',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		kind: text('kind').notNull(),
		payload: jsonb('payload').notNull().$type<Record<string, unknown>>(),
		runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
		attempts: integer('attempts').notNull().default(0),
		maxAttempts: integer('max_attempts').notNull().default(5),
		lastError: text('last_error'),
		doneAt: timestamp('done_at', { withTimezone: true }),
		failedAt: timestamp('failed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('jobs_attempts', sql`${t.attempts} >= 0 and ${t.maxAttempts} > 0`),
		index('jobs_due_idx')
			.on(t.runAt)
			.where(sql`${t.doneAt} is null and ${t.failedAt} is null`)
	]
);
