import { sql } from 'drizzle-orm';
import { check, foreignKey, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { IMAGE_TYPES } from '../../images/image-type.ts';
import { accounts } from './accounts.ts';
import { bytea, lengthAtMost, limit } from './columns.ts';
import { groups } from './groups.ts';
import { MAX_LENGTH, PICTURE_MAX_BYTES } from '../../../limits.ts';

// A group's optional picture (decision 021), with its text alternative: empty means decorative (alt="").
export const groupPictures = pgTable(
	'group_pictures',
	{
		groupId: uuid('group_id').primaryKey(),
		networkId: uuid('network_id').notNull(),
		contentType: text('content_type').notNull(),
		bytes: bytea('bytes').notNull(),
		alt: text('alt').notNull().default(''),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		foreignKey({
			name: 'group_pictures_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}).onDelete('cascade'),
		check(
			'group_pictures_type',
			sql`${t.contentType} in (${sql.raw(IMAGE_TYPES.map((type) => `'${type}'`).join(', '))})`
		),
		check('group_pictures_size', sql`octet_length(${t.bytes}) between 1 and ${limit(PICTURE_MAX_BYTES)}`),
		check('group_pictures_alt_length', lengthAtMost(t.alt, MAX_LENGTH.groupPictureAlt))
	]
);
