// Job leads (« offres repérées », decision 031): what someone of the circle spotted, listed for the circle until
// its closing day (Paris) included, with « j'ai postulé » and « intéressé » marks, one of each per member.
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { jobLeadMarks, jobLeads } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { JobContract, LeadMark } from '../../job-circle-options.ts';
import { parisDate } from '../../paris-time.ts';
import { requireCircleReader } from './circle.ts';

/** A member of the circle (or a coordinator) adds a lead. A closing day already past is refused. */
export async function addJobLead(options: {
	actor: Actor | null;
	networkId: string;
	title: string;
	employer: string;
	place: string;
	contract: JobContract;
	url: string;
	closesOn: string;
}) {
	const { actor } = await requireCircleReader(options);
	if (options.closesOn < parisDate(now())) throw new AppError('job_lead_past', 'closesOn');
	const [lead] = await db()
		.insert(jobLeads)
		.values({
			networkId: options.networkId,
			authorAccountId: actor.accountId,
			title: options.title,
			employer: options.employer,
			place: options.place,
			contract: options.contract,
			url: options.url,
			closesOn: options.closesOn,
			createdAt: now()
		})
		.returning();
	return lead;
}

/** Puts a mark on a live lead of the circle, or takes it off. Marking twice counts once. */
export async function markJobLead(options: {
	actor: Actor | null;
	networkId: string;
	leadId: string;
	mark: LeadMark;
	on: boolean;
}) {
	const { actor } = await requireCircleReader(options);
	if (!isUuid(options.leadId)) throw new AppError('not_found');
	const [lead] = await db()
		.select({ id: jobLeads.id })
		.from(jobLeads)
		.where(
			and(
				eq(jobLeads.id, options.leadId),
				eq(jobLeads.networkId, options.networkId),
				sql`${jobLeads.closesOn} >= ${parisDate(now())}::date`
			)
		);
	if (!lead) throw new AppError('not_found');
	const row = { leadId: lead.id, networkId: options.networkId, accountId: actor.accountId, mark: options.mark };
	if (options.on) {
		await db()
			.insert(jobLeadMarks)
			.values({ ...row, createdAt: now() })
			.onConflictDoNothing();
	} else {
		await db()
			.delete(jobLeadMarks)
			.where(
				and(
					eq(jobLeadMarks.leadId, lead.id),
					eq(jobLeadMarks.accountId, actor.accountId),
					eq(jobLeadMarks.mark, options.mark)
				)
			);
	}
}

export type LeadView = {
	id: string;
	title: string;
	employer: string;
	place: string;
	contract: JobContract;
	url: string;
	closesOn: string;
	applied: number;
	interested: number;
	mine: { applied: boolean; interested: boolean };
};

/** The live leads, closing soonest first, with their marks counted and the reader's own. */
export async function liveLeads(q: Queryable, networkId: string, accountId: string): Promise<LeadView[]> {
	const rows = await sqlRows<{
		id: string;
		title: string;
		employer: string;
		place: string;
		contract: JobContract;
		url: string;
		closes_on: string;
		applied: number | string;
		interested: number | string;
		my_applied: boolean;
		my_interested: boolean;
	}>(
		q,
		sql`select l.id, l.title, l.employer, l.place, l.contract, l.url, l.closes_on::text as closes_on,
				(select count(*) from job_lead_marks k where k.lead_id = l.id and k.mark = 'applied') as applied,
				(select count(*) from job_lead_marks k where k.lead_id = l.id and k.mark = 'interested') as interested,
				exists (select 1 from job_lead_marks k where k.lead_id = l.id and k.mark = 'applied'
					and k.account_id = ${accountId}) as my_applied,
				exists (select 1 from job_lead_marks k where k.lead_id = l.id and k.mark = 'interested'
					and k.account_id = ${accountId}) as my_interested
			from job_leads l
			where l.network_id = ${networkId} and l.closes_on >= ${parisDate(now())}::date
			order by l.closes_on, l.created_at
			limit 100`
	);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		employer: r.employer,
		place: r.place,
		contract: r.contract,
		url: r.url,
		closesOn: r.closes_on,
		applied: Number(r.applied),
		interested: Number(r.interested),
		mine: { applied: r.my_applied, interested: r.my_interested }
	}));
}
