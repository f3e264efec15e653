// Weekly check-ins (decision 031): « cette semaine j'ai… / j'ai besoin de… », short and optional, with an
// interview date if there is one. One per member and Paris week (its Monday): writing again that week edits it.
// Read by the circle (its members and the coordinators) only.
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows, type Queryable } from '../db/client.ts';
import { jobCheckins } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { parisMonday } from '../../paris-time.ts';
import { requireCircleReader, type Circle } from './circle.ts';

/** Writes or edits the member's check-in of the current Paris week. Only the circle's members write one. */
export async function saveCheckin(options: {
	actor: Actor | null;
	networkId: string;
	done: string;
	need: string;
	interviewAt: Date | null;
}) {
	const { actor, isMember } = await requireCircleReader(options);
	// A coordinator reads the circle without being in it; the check-ins are its members' own words.
	if (!isMember) throw new AppError('job_circle_members_only');
	const at = now();
	const week = parisMonday(at);
	const values = { done: options.done, need: options.need, interviewAt: options.interviewAt, updatedAt: at };
	const [row] = await db()
		.insert(jobCheckins)
		.values({ networkId: options.networkId, accountId: actor.accountId, week, createdAt: at, ...values })
		.onConflictDoUpdate({ target: [jobCheckins.networkId, jobCheckins.accountId, jobCheckins.week], set: values })
		.returning();
	return row;
}

export type CheckinView = {
	accountId: string;
	name: string;
	week: string;
	done: string;
	need: string;
	interviewAt: Date | null;
	updatedAt: Date;
};

/**
 * The check-ins of this week and the last, newest first: what the circle page shows. Only those of people still in
 * the circle: who leaves takes their words with them.
 */
export async function recentCheckins(q: Queryable, circle: Circle, at: Date = now()): Promise<CheckinView[]> {
	const rows = await sqlRows<{
		account_id: string;
		name: string;
		week: string;
		done: string;
		need: string;
		interview_at: string | Date | null;
		updated_at: string | Date;
	}>(
		q,
		sql`select c.account_id, a.name, c.week::text as week, c.done, c.need, c.interview_at, c.updated_at
			from job_checkins c
			join accounts a on a.id = c.account_id
			join group_members g on g.group_id = ${circle.groupId} and g.account_id = c.account_id and g.status = 'active'
			where c.network_id = ${circle.networkId} and c.week >= (${parisMonday(at)}::date - 7)
			order by c.week desc, c.updated_at desc
			limit 100`
	);
	return rows.map((r) => ({
		accountId: r.account_id,
		name: r.name,
		week: r.week,
		done: r.done,
		need: r.need,
		interviewAt: r.interview_at ? new Date(r.interview_at) : null,
		updatedAt: new Date(r.updated_at)
	}));
}
