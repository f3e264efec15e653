import { sql } from 'drizzle-orm';
import { check, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';

// A single row, written once by the setup page: its primary key makes a second setup impossible,
// even if two people submit the setup form at the same moment.
export const instance = pgTable(
	'instance',
	{
		id: integer('id').primaryKey().default(1),
		setupAt: timestamp('setup_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('instance_single_row', sql`${t.id} = 1`)]
);
