import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { networks } from './networks.ts';
import { MAX_LENGTH } from '../../../limits.ts';
import { lengthAtMost, limit } from './columns.ts';

// The journal: who did what sensitive thing, when, on whom (e.g. a coordinator reading a member's unsent log-in
// link in outbox mode, an administrator suspending a network). Rows are only ever added. A row outlives the
// people it names (set null) but not its network (the network's data goes with it).
export const auditLog = pgTable(
	'audit_log',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		// Null for instance-wide acts (creating, suspending or deleting a network).
		networkId: uuid('network_id').references(() => networks.id, { onDelete: 'cascade' }),
		actorAccountId: uuid('actor_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		subjectAccountId: uuid('subject_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		// The item acted on, when it is not an account (an email, a network…).
		subjectId: uuid('subject_id'),
		detail: text('detail').notNull().default(''),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('audit_log_action_shape', sql`${t.action} ~ '^[a-z_]{1,${limit(MAX_LENGTH.auditAction)}}$'`),
		check('audit_log_detail_length', lengthAtMost(t.detail, MAX_LENGTH.auditDetail)),
		index('audit_log_network_idx').on(t.networkId, t.at),
		index('audit_log_actor_idx').on(t.actorAccountId),
		index('audit_log_subject_idx').on(t.subjectAccountId)
	]
);
