import { sql, type SQL } from 'drizzle-orm';
import {
	type AnyPgColumn,
	check,
	date,
	foreignKey,
	index,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { AGREEMENT_STATUSES, PARTNER_KINDS, PARTNER_OFFERS, REFERRAL_STATUSES } from '../../../partner-options.ts';
import { AGREEMENT_MAX_BYTES, MAX_LENGTH } from '../../../limits.ts';
import { accounts } from './accounts.ts';
import { bytea, lengthAtMost, lengthBetween, limit } from './columns.ts';
import { memberships, networks } from './networks.ts';
import { posts } from './posts.ts';
import { allIn, skills, themes } from './skills.ts';

// Partner organisations (decision 035). Every table below points at a partner of the same network through the
// composite key partners(network_id, id), so nothing of network B can hang on a partner of network A.

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// The directory's card. Partners are archived, never deleted: venues, agreements and referrals point to them.
export const partners = pgTable(
	'partners',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		nameKey: text('name_key')
			.notNull()
			.generatedAlwaysAs((): SQL => sql`name_key(${partners.name})`),
		kind: text('kind').notNull(),
		description: text('description').notNull().default(''),
		address: text('address').notNull().default(''),
		// http(s) only: the card links to it.
		website: text('website').notNull().default(''),
		// What it offers the members: lieux, formations, mentors, places en crèche, offres d'emploi.
		offers: text('offers')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('partners_network_id_id_key').on(t.networkId, t.id),
		// Two partners in use never share a name (up to case and accents); an archived one frees its name.
		uniqueIndex('partners_live_name_idx')
			.on(t.networkId, t.nameKey)
			.where(sql`${t.archivedAt} is null`),
		check('partners_name_length', lengthBetween(t.name, 1, MAX_LENGTH.partnerName)),
		check('partners_kind', sql`${t.kind} in (${inList(PARTNER_KINDS)})`),
		check('partners_description_length', lengthAtMost(t.description, MAX_LENGTH.partnerDescription)),
		check('partners_address_length', lengthAtMost(t.address, MAX_LENGTH.partnerAddress)),
		check('partners_website_length', lengthAtMost(t.website, MAX_LENGTH.partnerWebsite)),
		check('partners_website_http', sql`${t.website} = '' or ${t.website} ~* '^https?://[^[:space:]<>"]+$'`),
		check('partners_offers', allIn(t.offers, PARTNER_OFFERS))
	]
);

/** The composite key to a partner of the same network, deleted with it (only a network's deletion does). */
const partnerOf = (name: string, t: { networkId: AnyPgColumn; partnerId: AnyPgColumn }) =>
	foreignKey({ name, columns: [t.networkId, t.partnerId], foreignColumns: [partners.networkId, partners.id] }).onDelete(
		'cascade'
	);

// The network's themes a partner can bring (« Couture »).
export const partnerThemes = pgTable(
	'partner_themes',
	{
		partnerId: uuid('partner_id').notNull(),
		networkId: uuid('network_id').notNull(),
		themeId: uuid('theme_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.partnerId, t.themeId] }),
		partnerOf('partner_themes_partner_fk', t),
		foreignKey({
			name: 'partner_themes_theme_fk',
			columns: [t.networkId, t.themeId],
			foreignColumns: [themes.networkId, themes.id]
		}).onDelete('cascade'),
		index('partner_themes_theme_idx').on(t.themeId)
	]
);

// The network's skills a partner can bring (« retouches », « préparer un entretien »).
export const partnerSkills = pgTable(
	'partner_skills',
	{
		partnerId: uuid('partner_id').notNull(),
		networkId: uuid('network_id').notNull(),
		skillId: uuid('skill_id').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.partnerId, t.skillId] }),
		partnerOf('partner_skills_partner_fk', t),
		foreignKey({
			name: 'partner_skills_skill_fk',
			columns: [t.networkId, t.skillId],
			foreignColumns: [skills.networkId, skills.id]
		}).onDelete('cascade'),
		index('partner_skills_skill_idx').on(t.skillId)
	]
);

// People at the partner. Coordinators only ever see them (decision 035); deleted outright when they leave, as
// personal data of people who are not members.
export const partnerContacts = pgTable(
	'partner_contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		partnerId: uuid('partner_id').notNull(),
		name: text('name').notNull(),
		role: text('role').notNull().default(''),
		email: text('email').notNull().default(''),
		phone: text('phone').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		partnerOf('partner_contacts_partner_fk', t),
		check('partner_contacts_name_length', lengthBetween(t.name, 1, MAX_LENGTH.partnerContactName)),
		check('partner_contacts_role_length', lengthAtMost(t.role, MAX_LENGTH.partnerContactRole)),
		check('partner_contacts_email_length', lengthAtMost(t.email, MAX_LENGTH.email)),
		check('partner_contacts_phone_length', lengthAtMost(t.phone, MAX_LENGTH.partnerContactPhone)),
		index('partner_contacts_partner_idx').on(t.partnerId)
	]
);

// A signed partnership with dates (« convention »). `reminded_at`: when the coordinators were told it ends soon
// (once per agreement, by the sweep remind-agreements.ts).
export const partnerAgreements = pgTable(
	'partner_agreements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		partnerId: uuid('partner_id').notNull(),
		title: text('title').notNull(),
		startsOn: date('starts_on', { mode: 'string' }).notNull(),
		endsOn: date('ends_on', { mode: 'string' }).notNull(),
		status: text('status').notNull().default('draft'),
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('partner_agreements_network_id_id_key').on(t.networkId, t.id),
		partnerOf('partner_agreements_partner_fk', t),
		check('partner_agreements_title_length', lengthBetween(t.title, 1, MAX_LENGTH.agreementTitle)),
		check('partner_agreements_dates', sql`${t.endsOn} > ${t.startsOn}`),
		check('partner_agreements_status', sql`${t.status} in (${inList(AGREEMENT_STATUSES)})`),
		index('partner_agreements_partner_idx').on(t.partnerId),
		// The reminder sweep's search: agreements not yet reminded, by end date.
		index('partner_agreements_reminder_idx')
			.on(t.endsOn)
			.where(sql`${t.remindedAt} is null`)
	]
);

// The agreement's PDF, apart from its row so that lists never load the bytes (like group pictures). Checked by its
// first bytes (`%PDF-`) and its size; served to coordinators only, as an attachment.
export const partnerAgreementFiles = pgTable(
	'partner_agreement_files',
	{
		agreementId: uuid('agreement_id').primaryKey(),
		networkId: uuid('network_id').notNull(),
		fileName: text('file_name').notNull(),
		bytes: bytea('bytes').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedByAccountId: uuid('updated_by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		foreignKey({
			name: 'partner_agreement_files_agreement_fk',
			columns: [t.networkId, t.agreementId],
			foreignColumns: [partnerAgreements.networkId, partnerAgreements.id]
		}).onDelete('cascade'),
		check('partner_agreement_files_name_length', lengthBetween(t.fileName, 1, MAX_LENGTH.agreementFileName)),
		check('partner_agreement_files_size', sql`octet_length(${t.bytes}) between 5 and ${limit(AGREEMENT_MAX_BYTES)}`),
		check('partner_agreement_files_pdf', sql`substring(${t.bytes} from 1 for 5) = '\\x255044462d'::bytea`)
	]
);

// « Orienter vers »: a coordinator orients a member of the network to a partner for a need, with the member's
// consent recorded. `status` is the latest step; every step is kept in partner_referral_steps.
export const partnerReferrals = pgTable(
	'partner_referrals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		partnerId: uuid('partner_id').notNull(),
		// The member oriented: a membership of the same network (cascade: leaving the network takes it away).
		accountId: uuid('account_id').notNull(),
		need: text('need').notNull(),
		// The member's post the need comes from, if any: a post of the same network (posts are never deleted).
		postId: uuid('post_id'),
		status: text('status').notNull().default('proposed'),
		// When the coordinator recorded « la personne est d'accord »: a referral never exists without it.
		consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
		createdByAccountId: uuid('created_by_account_id').references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('partner_referrals_network_id_id_key').on(t.networkId, t.id),
		partnerOf('partner_referrals_partner_fk', t),
		foreignKey({
			name: 'partner_referrals_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		foreignKey({
			name: 'partner_referrals_post_fk',
			columns: [t.networkId, t.postId],
			foreignColumns: [posts.networkId, posts.id]
		}),
		check('partner_referrals_need_length', lengthBetween(t.need, 1, MAX_LENGTH.referralNeed)),
		check('partner_referrals_status', sql`${t.status} in (${inList(REFERRAL_STATUSES)})`),
		index('partner_referrals_partner_idx').on(t.partnerId, t.createdAt),
		index('partner_referrals_account_idx').on(t.accountId, t.networkId)
	]
);

// Each step of a referral, with its date and who moved it: the history is kept, never rewritten.
export const partnerReferralSteps = pgTable(
	'partner_referral_steps',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		referralId: uuid('referral_id').notNull(),
		status: text('status').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		byAccountId: uuid('by_account_id').references(() => accounts.id, { onDelete: 'set null' })
	},
	(t) => [
		foreignKey({
			name: 'partner_referral_steps_referral_fk',
			columns: [t.networkId, t.referralId],
			foreignColumns: [partnerReferrals.networkId, partnerReferrals.id]
		}).onDelete('cascade'),
		check('partner_referral_steps_status', sql`${t.status} in (${inList(REFERRAL_STATUSES)})`),
		// A step is reached once: moving twice to « contactée » leaves one row.
		unique('partner_referral_steps_once').on(t.referralId, t.status)
	]
);
