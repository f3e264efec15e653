// Mentors who fit a request (decision 036), the way posts are matched (decision 016): the request's skill first
// (100), else a skill of its theme (40), then a format both can meet (10); only active mentors with hours left
// this month (their hours a month, less the minutes logged over the last 30 days); fewer running pairs first,
// then by name. One query over the network's mentors (a few dozen), cut to `limit` in SQL.
import { and, eq } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { mentoringRequests } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { sql } from 'drizzle-orm';

export type SuggestedMentor = {
	id: string;
	name: string;
	partner: string | null;
	format: string;
	hoursPerMonth: number;
	minutesLeft: number;
	sameSkill: boolean;
	livePairs: number;
};

export async function suggestMentors(options: {
	actor: Actor | null;
	networkId: string;
	requestId: string;
	limit?: number;
}): Promise<SuggestedMentor[]> {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.requestId)) throw new AppError('not_found');
	const [request] = await db()
		.select()
		.from(mentoringRequests)
		.where(and(eq(mentoringRequests.id, options.requestId), eq(mentoringRequests.networkId, options.networkId)));
	if (!request) throw new AppError('not_found');
	const since = new Date(now().getTime() - 30 * 24 * 60 * 60_000);
	const rows = await sqlRows<SuggestedMentor & { score: number }>(
		db(),
		sql`
		with fit as (
			select m.id, m.name, m.format, m.hours_per_month, m.partner_id,
				max(case when ms.skill_id = ${request.skillId} then 100 else 40 end) as skill_score
			from mentors m
			join mentor_skills ms on ms.mentor_id = m.id
			join skills s on s.id = ms.skill_id
			where m.network_id = ${options.networkId} and m.status = 'active' and m.hours_per_month is not null
				and s.theme_id = (select theme_id from skills where id = ${request.skillId})
			group by m.id
		), load as (
			select f.*,
				f.hours_per_month * 60 - coalesce((
					select sum(se.minutes) from mentoring_sessions se join mentorings p on p.id = se.mentoring_id
					where p.mentor_id = f.id and se.created_at >= ${since.toISOString()}
				), 0)::int as minutes_left,
				(select count(*) from mentorings p where p.mentor_id = f.id and p.status in ('proposed', 'active'))::int
					as live_pairs
			from fit f
		)
		select l.id, l.name, pa.name as partner, l.format, l.hours_per_month as "hoursPerMonth",
			l.minutes_left as "minutesLeft", l.skill_score = 100 as "sameSkill", l.live_pairs as "livePairs",
			l.skill_score + case when l.format = 'both' or ${request.format} = 'both' or l.format = ${request.format}
				then 10 else 0 end as score
		from load l
		left join partners pa on pa.id = l.partner_id and pa.network_id = ${options.networkId}
		where l.minutes_left > 0
			and not exists (select 1 from mentorings p where p.request_id = ${request.id} and p.mentor_id = l.id)
		order by score desc, l.live_pairs, l.name, l.id
		limit ${options.limit ?? 10}`
	);
	return rows.map(({ score: _score, ...row }) => ({
		...row,
		minutesLeft: Number(row.minutesLeft),
		livePairs: Number(row.livePairs)
	}));
}
