import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	check,
	date,
	foreignKey,
	index,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { JOB_CONTRACTS, LEAD_MARKS } from '../../../job-circle-options.ts';
import { CV_MAX_BYTES, MAX_LENGTH } from '../../../limits.ts';
import { bytea, lengthAtMost, lengthBetween, limit } from './columns.ts';
import { groups } from './groups.ts';
import { memberships, networks } from './networks.ts';
import { posts } from './posts.ts';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// The job circle of a network (decision 031): one at most (the primary key), a group of that network that holds
// its members, thread and weekly meeting. Deleting the group ends the circle; the next use makes a new one.
export const jobCircles = pgTable(
	'job_circles',
	{
		networkId: uuid('network_id')
			.primaryKey()
			.references(() => networks.id, { onDelete: 'cascade' }),
		groupId: uuid('group_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('job_circles_group_key').on(t.groupId),
		foreignKey({
			name: 'job_circles_group_fk',
			columns: [t.networkId, t.groupId],
			foreignColumns: [groups.networkId, groups.id]
		}).onDelete('cascade')
	]
);

// A member's place in the job search: « je cherche un emploi » (on while seeking_since is set; no row means off),
// the last « j'ai trouvé ! » and whether the circle may celebrate it, and the last check-in reminder sent.
export const jobSeekers = pgTable(
	'job_seekers',
	{
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		seekingSince: timestamp('seeking_since', { withTimezone: true }),
		foundAt: timestamp('found_at', { withTimezone: true }),
		celebrate: boolean('celebrate').notNull().default(false),
		remindedAt: timestamp('reminded_at', { withTimezone: true })
	},
	(t) => [
		primaryKey({ columns: [t.networkId, t.accountId] }),
		foreignKey({
			name: 'job_seekers_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		// Only a « j'ai trouvé » can be celebrated.
		check('job_seekers_celebrate_found', sql`not ${t.celebrate} or ${t.foundAt} is not null`)
	]
);

// A weekly check-in: « cette semaine j'ai… / j'ai besoin de… », and an interview date if there is one. One per
// member and Paris week (the Monday), edited during that week.
export const jobCheckins = pgTable(
	'job_checkins',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		week: date('week', { mode: 'string' }).notNull(),
		done: text('done').notNull().default(''),
		need: text('need').notNull().default(''),
		interviewAt: timestamp('interview_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('job_checkins_one_a_week').on(t.networkId, t.accountId, t.week),
		foreignKey({
			name: 'job_checkins_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('job_checkins_done_length', lengthAtMost(t.done, MAX_LENGTH.checkinText)),
		check('job_checkins_need_length', lengthAtMost(t.need, MAX_LENGTH.checkinText)),
		check('job_checkins_monday', sql`extract(isodow from ${t.week}) = 1`),
		check(
			'job_checkins_not_empty',
			sql`char_length(${t.done}) > 0 or char_length(${t.need}) > 0 or ${t.interviewAt} is not null`
		),
		index('job_checkins_week_idx').on(t.networkId, t.week.desc())
	]
);

// A job lead someone of the circle spotted (« offre repérée »). Shown until its closing day (Paris) included.
export const jobLeads = pgTable(
	'job_leads',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id').notNull(),
		authorAccountId: uuid('author_account_id').notNull(),
		title: text('title').notNull(),
		employer: text('employer').notNull().default(''),
		place: text('place').notNull().default(''),
		contract: text('contract').notNull(),
		url: text('url').notNull().default(''),
		closesOn: date('closes_on', { mode: 'string' }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('job_leads_network_id_id_key').on(t.networkId, t.id),
		foreignKey({
			name: 'job_leads_author_fk',
			columns: [t.networkId, t.authorAccountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('job_leads_title_length', lengthBetween(t.title, 1, MAX_LENGTH.jobLeadTitle)),
		check('job_leads_employer_length', lengthAtMost(t.employer, MAX_LENGTH.jobLeadEmployer)),
		check('job_leads_place_length', lengthAtMost(t.place, MAX_LENGTH.jobLeadPlace)),
		check('job_leads_contract', sql`${t.contract} in (${inList(JOB_CONTRACTS)})`),
		// A link is a web address or nothing: never javascript:, data: or a bare word.
		check(
			'job_leads_url',
			sql`${t.url} = '' or (${t.url} ~* '^https?://[^\\s]+$' and char_length(${t.url}) <= ${limit(MAX_LENGTH.jobLeadUrl)})`
		),
		index('job_leads_closing_idx').on(t.networkId, t.closesOn)
	]
);

// « J'ai postulé » and « intéressé »: one of each per member and lead.
export const jobLeadMarks = pgTable(
	'job_lead_marks',
	{
		leadId: uuid('lead_id').notNull(),
		networkId: uuid('network_id').notNull(),
		accountId: uuid('account_id').notNull(),
		mark: text('mark').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.leadId, t.accountId, t.mark] }),
		foreignKey({
			name: 'job_lead_marks_lead_fk',
			columns: [t.networkId, t.leadId],
			foreignColumns: [jobLeads.networkId, jobLeads.id]
		}).onDelete('cascade'),
		foreignKey({
			name: 'job_lead_marks_membership_fk',
			columns: [t.networkId, t.accountId],
			foreignColumns: [memberships.networkId, memberships.accountId]
		}).onDelete('cascade'),
		check('job_lead_marks_mark', sql`${t.mark} in (${inList(LEAD_MARKS)})`)
	]
);

// The CV attached to a job-search request: a PDF (checked by its first bytes) of at most 5 MB, read only by the
// author and the helper whose help was accepted, deleted when the request closes (trigger job_cvs_close) or
// expires (the sweep, delete-expired-cvs.ts).
export const jobCvs = pgTable(
	'job_cvs',
	{
		postId: uuid('post_id').primaryKey(),
		networkId: uuid('network_id').notNull(),
		fileName: text('file_name').notNull(),
		bytes: bytea('bytes').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		foreignKey({
			name: 'job_cvs_post_fk',
			columns: [t.networkId, t.postId],
			foreignColumns: [posts.networkId, posts.id]
		}).onDelete('cascade'),
		check('job_cvs_file_name_length', lengthBetween(t.fileName, 1, MAX_LENGTH.cvFileName)),
		check('job_cvs_size', sql`octet_length(${t.bytes}) between 5 and ${limit(CV_MAX_BYTES)}`),
		check('job_cvs_pdf', sql`substring(${t.bytes} from 1 for 5) = '\\x255044462d'::bytea`)
	]
);
