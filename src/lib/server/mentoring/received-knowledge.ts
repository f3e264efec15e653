// Knowledge received from outside, for reports (decision 036): over a period of Paris days, the mentorings that
// ran, their sessions and minutes, and the reviews' « ça m'a aidé ? », by skill. Coordinators only.
import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';

export type ReceivedBySkill = { skill: string; mentorings: number; sessions: number; minutes: number };

export async function knowledgeReceived(options: { actor: Actor | null; networkId: string; from: string; to: string }) {
	requireCoordinator(options.actor, options.networkId);
	const rows = await sqlRows<ReceivedBySkill>(
		db(),
		sql`
		select s.name as skill, count(distinct p.id)::int as mentorings, count(se.id)::int as sessions,
			coalesce(sum(se.minutes), 0)::int as minutes
		from mentoring_sessions se
		join mentorings p on p.id = se.mentoring_id
		join mentoring_requests r on r.id = p.request_id
		join skills s on s.id = r.skill_id
		where se.network_id = ${options.networkId} and se.held_on between ${options.from} and ${options.to}
		group by s.name order by minutes desc, s.name`
	);
	const [helped] = await sqlRows<{ reviews: number; average: number | null }>(
		db(),
		sql`
		select count(*)::int as reviews, round(avg(v.helped), 1)::float as average
		from mentoring_reviews v join mentorings p on p.id = v.mentoring_id
		where v.network_id = ${options.networkId} and p.ended_at is not null
			and (p.ended_at at time zone 'Europe/Paris')::date between ${options.from} and ${options.to}`
	);
	return {
		bySkill: rows.map((r) => ({
			...r,
			mentorings: Number(r.mentorings),
			sessions: Number(r.sessions),
			minutes: Number(r.minutes)
		})),
		reviews: Number(helped?.reviews ?? 0),
		averageHelped: helped?.average === null || helped?.average === undefined ? null : Number(helped.average)
	};
}
