// Invitation links (decision 039): a coordinator's labelled link to join the network (« affiche médiathèque »),
// with an optional expiry and use limit. `opened_count` is a bare counter — nothing is kept about people who only
// looked; the people who joined through a link are rows of invitation_joins (they are members: no new data).
import { sql } from 'drizzle-orm';
import {
	check,
	foreignKey,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { networks } from './networks.ts';
import { MAX_LENGTH, RANGE } from '../../../limits.ts';
import { lengthAtMost, lengthBetween, limit } from './columns.ts';

export const invitationLinks = pgTable(
	'invitation_links',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		/** The poster's short text, written by the coordinator. */
		posterText: text('poster_text').notNull().default(''),
		/** 256 random bits, in the link's address: it opens the join page, nothing else. */
		token: text('token').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		maxUses: integer('max_uses'),
		openedCount: integer('opened_count').notNull().default(0),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('invitation_links_network_id_id_key').on(t.networkId, t.id),
		uniqueIndex('invitation_links_token_key').on(t.token),
		index('invitation_links_network_created_idx').on(t.networkId, t.createdAt),
		check('invitation_links_label_length', lengthBetween(t.label, 1, MAX_LENGTH.invitationLabel)),
		check('invitation_links_poster_text_length', lengthAtMost(t.posterText, MAX_LENGTH.posterText)),
		check(
			'invitation_links_max_uses',
			sql`${t.maxUses} is null or ${t.maxUses} between ${limit(RANGE.invitationUses.min)} and ${limit(RANGE.invitationUses.max)}`
		),
		check('invitation_links_opened_count', sql`${t.openedCount} >= 0`)
	]
);

// Who joined (or asked to join) the network through which link: one row per person and link.
export const invitationJoins = pgTable(
	'invitation_joins',
	{
		networkId: uuid('network_id').notNull(),
		linkId: uuid('link_id').notNull(),
		accountId: uuid('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.linkId, t.accountId] }),
		// A join belongs to a link of the same network.
		foreignKey({
			name: 'invitation_joins_link_fk',
			columns: [t.networkId, t.linkId],
			foreignColumns: [invitationLinks.networkId, invitationLinks.id]
		}).onDelete('cascade')
	]
);
