import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { networks } from './networks.ts';
import { MAX_LENGTH } from '../../../limits.ts';
import { NEED_ACTIONS, NEED_KEY } from '../../../unmet-need-options.ts';
import { lengthAtMost } from './columns.ts';

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// What coordinators did about an unmet need (decision 034): « invité Awa », « demandé à un partenaire »… A need is
// computed from the data each time, so it has no row of its own: its key (`skill:<id>`, `request:<id>`,
// `occurrence:<id>`) ties the actions to it, and they stay when the need is met (its history).
export const unmetNeedActions = pgTable(
	'unmet_need_actions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		needKey: text('need_key').notNull(),
		kind: text('kind').notNull(),
		note: text('note').notNull().default(''),
		byAccountId: uuid('by_account_id'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'unmet_need_actions_by_fk',
			columns: [t.byAccountId],
			foreignColumns: [accounts.id]
		}).onDelete('set null'),
		check('unmet_need_actions_key', sql`${t.needKey} ~ '${sql.raw(NEED_KEY.source)}'`),
		check('unmet_need_actions_kind', sql`${t.kind} in (${list(NEED_ACTIONS)})`),
		check('unmet_need_actions_note_length', lengthAtMost(t.note, MAX_LENGTH.unmetNeedNote)),
		index('unmet_need_actions_need_idx').on(t.networkId, t.needKey, t.at)
	]
);
