import { sql, type SQL } from 'drizzle-orm';
import {
	check,
	customType,
	foreignKey,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { FORMATS } from '../../../profile-options.ts';
import { accounts } from './accounts.ts';
import { memberships, networks } from './networks.ts';
import { MAX_LENGTH } from '../../../limits.ts';
import { lengthBetween } from './columns.ts';

/** PostgreSQL's tsvector, filled by generated columns with the `french_unaccent` configuration. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** SQL for `text[] <@ array[…]`: every element of the column is one of the allowed values. */
export function allIn(column: SQL | unknown, values: readonly string[]) {
	return sql`${column} <@ array[${sql.raw(values.map((v) => `'${v}'`).join(', '))}]::text[]`;
}

// A network's themes (cuisine, langues…). Archived themes take no new skills or posts but keep the old ones.
export const themes = pgTable(
	'themes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		nameKey: text('name_key')
			.notNull()
			.generatedAlwaysAs((): SQL => sql`name_key(${themes.name})`),
		position: integer('position').notNull().default(0),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('themes_network_id_id_key').on(t.networkId, t.id),
		unique('themes_name_key').on(t.networkId, t.nameKey),
		check('themes_name_length', lengthBetween(t.name, 1, MAX_LENGTH.themeName))
	]
);

// A skill is a short name under a theme; two skills of a network never have the same name up to case and accents.
export const skills = pgTable(
	'skills',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		themeId: uuid('theme_id').notNull(),
		name: text('name').notNull(),
		nameKey: text('name_key')
			.notNull()
			.generatedAlwaysAs((): SQL => sql`name_key(${skills.name})`),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs((): SQL => sql`to_tsvector('french_unaccent', ${skills.name})`),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('skills_network_id_id_key').on(t.networkId, t.id),
		unique('skills_name_key').on(t.networkId, t.nameKey),
		foreignKey({
			name: 'skills_theme_fk',
			columns: [t.networkId, t.themeId],
			foreignColumns: [themes.networkId, themes.id]
		}),
		check('skills_name_length', lengthBetween(t.name, 1, MAX_LENGTH.skillName)),
		index('skills_theme_idx').on(t.themeId),
		index('skills_name_trgm_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`),
		index('skills_search_idx').using('gin', t.search)
	]
);

// « Ce que je peux partager » (share) and « Ce que j'aimerais apprendre » (learn): same shape, same weight.
export const memberSkills = pgTable(
	'member_skills',
	{
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		skillId: uuid('skill_id').notNull(),
		direction: text('direction').notNull(),
		level: text('level').notNull().default('intermediate'),
		formats: text('formats')
			.array()
			.notNull()
			.default(sql`array['one_to_one']::text[]`),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		// Who last wrote it: the member, or a coordinator filling the profile of a member without email.
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.accountId, t.skillId, t.direction] }),
		foreignKey({
			name: 'member_skills_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'member_skills_skill_fk',
			columns: [t.networkId, t.skillId],
			foreignColumns: [skills.networkId, skills.id]
		}).onDelete('cascade'),
		check('member_skills_direction', sql`${t.direction} in ('share', 'learn')`),
		check('member_skills_level', sql`${t.level} in ('beginner', 'intermediate', 'advanced')`),
		check('member_skills_formats', sql`cardinality(${t.formats}) >= 1 and ${allIn(t.formats, FORMATS)}`),
		// Also holds what a search ranks by (network, member, date): the thousands of member skills of a common
		// skill are then read from the index alone.
		index('member_skills_skill_idx').on(t.skillId, t.direction, t.networkId, t.accountId, t.createdAt)
	]
);
