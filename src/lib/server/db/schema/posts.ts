import { sql, type SQL } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';
import { memberships, networks } from './networks.ts';
import { skills, themes, tsvector } from './skills.ts';
import { MAX_LENGTH, MIN_LENGTH } from '../../../limits.ts';
import { lengthAtMost, lengthBetween } from './columns.ts';

export const POST_KINDS = ['offer', 'request'] as const;
export const POST_FORMATS = ['one_to_one', 'small_group', 'remote'] as const;
export const PLACE_KINDS = ['neighbourhood', 'venue', 'remote'] as const;
export const WHEN_KINDS = ['once', 'recurring', 'flexible'] as const;
export const POST_STATUSES = ['open', 'fulfilled', 'closed'] as const;

// An annonce: an offer (« je peux partager ») or a request (« j'ai besoin de »). It expires; an expired post is
// hidden from search and lists but stays with its author, who can renew it.
export const posts = pgTable(
	'posts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		authorAccountId: uuid('author_account_id').notNull(),
		kind: text('kind').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		themeId: uuid('theme_id').notNull(),
		format: text('format').notNull().default('one_to_one'),
		placeKind: text('place_kind').notNull().default('neighbourhood'),
		place: text('place').notNull().default(''),
		whenKind: text('when_kind').notNull().default('flexible'),
		startsAt: timestamp('starts_at', { withTimezone: true }),
		whenNote: text('when_note').notNull().default(''),
		// 'members': only members of the network; 'public': a version without names (a coordinator's choice).
		visibility: text('visibility').notNull().default('members'),
		status: text('status').notNull().default('open'),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		expiryNoticeSentAt: timestamp('expiry_notice_sent_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(
				(): SQL =>
					sql`setweight(to_tsvector('french_unaccent', ${posts.title}), 'A') || setweight(to_tsvector('french_unaccent', ${posts.description}), 'B')`
			)
	},
	(t) => [
		unique('posts_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'posts_author_membership_fk',
			columns: [t.networkId, t.authorAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'posts_theme_fk',
			columns: [t.networkId, t.themeId],
			foreignColumns: [themes.networkId, themes.id]
		}),
		check('posts_kind', sql`${t.kind} in ('offer', 'request')`),
		check('posts_title_length', lengthBetween(t.title, MIN_LENGTH.postTitle, MAX_LENGTH.postTitle)),
		check('posts_description_length', lengthAtMost(t.description, MAX_LENGTH.postDescription)),
		check('posts_format', sql`${t.format} in ('one_to_one', 'small_group', 'remote')`),
		check('posts_place_kind', sql`${t.placeKind} in ('neighbourhood', 'venue', 'remote')`),
		check('posts_place_length', lengthAtMost(t.place, MAX_LENGTH.postPlace)),
		check('posts_when_kind', sql`${t.whenKind} in ('once', 'recurring', 'flexible')`),
		check('posts_when_once', sql`(${t.whenKind} = 'once') = (${t.startsAt} is not null)`),
		check('posts_when_note_length', lengthAtMost(t.whenNote, MAX_LENGTH.postWhenNote)),
		check('posts_visibility', sql`${t.visibility} in ('members', 'public')`),
		check('posts_status', sql`${t.status} in ('open', 'fulfilled', 'closed')`),
		check('posts_closed_at', sql`(${t.status} = 'open') = (${t.closedAt} is null)`),
		// Lists show live posts only, newest first: open posts in list order, with what the filters read (expiry,
		// kind) in the key so that the page and its count come from the index (see docs/performance.md).
		index('posts_live_latest_idx')
			.on(t.networkId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.expiresAt, t.kind)
			.where(sql`${t.status} = 'open'`),
		index('posts_live_theme_idx')
			.on(t.networkId, t.themeId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.expiresAt, t.kind)
			.where(sql`${t.status} = 'open'`),
		index('posts_author_idx').on(t.authorAccountId, t.createdAt.desc()),
		index('posts_expiry_idx')
			.on(t.expiresAt)
			.where(sql`${t.status} = 'open' and ${t.expiryNoticeSentAt} is null`),
		// Search only ever looks at open posts.
		index('posts_open_search_idx')
			.using('gin', t.search)
			.where(sql`${t.status} = 'open'`)
	]
);

// The skills a post is about; they follow a merge of skills.
export const postSkills = pgTable(
	'post_skills',
	{
		networkId: uuid('network_id').notNull(),
		postId: uuid('post_id')
			.notNull()
			.references(() => posts.id, { onDelete: 'cascade' }),
		skillId: uuid('skill_id').notNull(),
		// The post's creation date, copied by the trigger post_skills_post_created_at (migrations/code; a post's
		// creation date never changes): a skill's newest posts come from post_skills_skill_newest_idx in order, so
		// suggestions and search read a few of them, not all (issue 13). The default is only the insert's type.
		postCreatedAt: timestamp('post_created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.postId, t.skillId] }),
		foreignKey({
			name: 'post_skills_skill_fk',
			columns: [t.networkId, t.skillId],
			foreignColumns: [skills.networkId, skills.id]
		}).onDelete('cascade'),
		index('post_skills_skill_newest_idx').on(t.skillId, t.postCreatedAt.desc(), t.postId)
	]
);
