import { sql } from 'drizzle-orm';
import { check, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { SLOTS } from '../../../profile-options.ts';
import { IMAGE_TYPES } from '../../images/image-type.ts';
import { accounts } from './accounts.ts';
import { bytea, lengthAtMost, limit } from './columns.ts';
import { memberships } from './networks.ts';
import { allIn } from './skills.ts';
import { MAX_COUNT, MAX_LENGTH, PICTURE_MAX_BYTES } from '../../../limits.ts';

// What a member shows the rest of their network. The display name is the account's name; the neighbourhood
// is approximate on purpose (never a street address).
export const profiles = pgTable(
	'profiles',
	{
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		neighbourhood: text('neighbourhood').notNull().default(''),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		availability: text('availability')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		onboarding: text('onboarding').notNull().default('not_started'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.accountId] }),
		foreignKey({
			name: 'profiles_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('profiles_neighbourhood_length', lengthAtMost(t.neighbourhood, MAX_LENGTH.neighbourhood)),
		check('profiles_languages_count', sql`cardinality(${t.languages}) <= ${limit(MAX_COUNT.profileLanguages)}`),
		check('profiles_availability', allIn(t.availability, SLOTS)),
		check('profiles_onboarding', sql`${t.onboarding} in ('not_started', 'skipped', 'done')`)
	]
);

// An optional photo on a profile (never required), kept in the database with the rest of the member's data.
export const profilePhotos = pgTable(
	'profile_photos',
	{
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		contentType: text('content_type').notNull(),
		bytes: bytea('bytes').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.accountId] }),
		foreignKey({
			name: 'profile_photos_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check(
			'profile_photos_type',
			sql`${t.contentType} in (${sql.raw(IMAGE_TYPES.map((type) => `'${type}'`).join(', '))})`
		),
		check('profile_photos_size', sql`octet_length(${t.bytes}) between 1 and ${limit(PICTURE_MAX_BYTES)}`)
	]
);
