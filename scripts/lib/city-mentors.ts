// The town's outside mentors (issue 17, decision 036), for `npm run seed:city` and the bench: 30 mentors from the
// partner organisations (accounts without membership, as the app makes them), each with two or three of the
// network's skills, and a year of mentoring requests — most paired and ended with their sessions and reviews, some
// under way, some still open. In bulk SQL, in the shapes the app writes; run again, it adds nothing.
import { eq, sql } from 'drizzle-orm';
import { sqlRows, type Db } from '../../src/lib/server/db/client.ts';
import { mentors } from '../../src/lib/server/db/schema/index.ts';

const MENTORS = 30;
const REQUESTS_PER_YEAR = 240;

export type CityMentors = { reused: boolean; mentors: number; requests: number };

export async function seedCityMentors(q: Db, networkId: string, log: (line: string) => void): Promise<CityMentors> {
	const existing = await q.$count(mentors, eq(mentors.networkId, networkId));
	if (existing > 0) return { reused: true, mentors: existing, requests: 0 };
	const start = performance.now();
	// Accounts first (an email to log in with), then the mentor rows, active, half of them from a partner.
	await q.execute(sql`insert into accounts (email, name, created_at)
		select 'mentor-' || i || '-' || left(${networkId}::text, 8) || '@entreprise.example', 'Mentor ' || i, now() - interval '400 days'
		from generate_series(1, ${MENTORS}) i`);
	await q.execute(sql`with p as (
			select id, row_number() over (order by id) as n, count(*) over () as total
			from partners where network_id = ${networkId}::uuid)
		insert into mentors (network_id, account_id, partner_id, name, email, status, hours_per_month, format,
			presentation, created_at, accepted_at)
		select ${networkId}::uuid, a.id, case when i % 2 = 0 then (select id from p where p.n = 1 + i % p.total) end,
			a.name, a.email, case when i % 10 = 0 then 'paused' else 'active' end, 2 + i % 8,
			(array['on_site', 'video', 'both'])[1 + i % 3], 'Je partage mon métier avec plaisir.',
			now() - interval '400 days', now() - interval '390 days'
		from generate_series(1, ${MENTORS}) i
		join accounts a on a.email = 'mentor-' || i || '-' || left(${networkId}::text, 8) || '@entreprise.example'`);
	// Each mentor shares two or three of the skills members most wish to learn.
	await q.execute(sql`with top as (
			select skill_id, count(*) as learners from member_skills
			where network_id = ${networkId}::uuid and direction = 'learn'
			group by skill_id order by count(*) desc, skill_id limit 40),
		wished as (select skill_id, row_number() over (order by learners desc, skill_id) as n, count(*) over () as total
			from top),
		m as (select id, row_number() over (order by id) as n from mentors where network_id = ${networkId}::uuid)
		insert into mentor_skills (mentor_id, network_id, skill_id)
		select distinct m.id, ${networkId}::uuid, w.skill_id
		from m join wished w on w.n in (1 + (m.n * 3) % w.total, 1 + (m.n * 3 + 1) % w.total, 1 + (m.n * 7) % w.total)
		on conflict do nothing`);
	// A year of requests by active members on the mentors' skills: older ones ended, recent ones under way or open.
	const requests = await sqlRows<{ id: string }>(
		q,
		sql`with ms as (
				select mentor_id, skill_id, row_number() over (order by mentor_id, skill_id) as n, count(*) over () as total
				from mentor_skills where network_id = ${networkId}::uuid),
			m as (
				select account_id, row_number() over (order by account_id) as n, count(*) over () as total
				from memberships where network_id = ${networkId}::uuid and status = 'active' and role = 'member'),
			g as (select i, now() - ((i * 365) / ${REQUESTS_PER_YEAR}) * interval '1 day' as at
				from generate_series(1, ${REQUESTS_PER_YEAR}) i)
			insert into mentoring_requests (network_id, member_account_id, skill_id, goal, format, months, status,
				created_at, closed_at)
			select ${networkId}::uuid, m.account_id, ms.skill_id, 'Progresser avec quelqu''un du métier',
				(array['on_site', 'video', 'both'])[1 + g.i % 3], 3,
				case when g.at > now() - interval '20 days' then 'open'
					when g.at > now() - interval '90 days' then 'paired' else 'closed' end,
				g.at, case when g.at <= now() - interval '90 days' then g.at + interval '90 days' end
			from g
			join ms on ms.n = 1 + (g.i * 13) % ms.total
			join m on m.n = 1 + (g.i * 7919) % m.total
			returning id`
	);
	// The pairs: the request's mentor is one who shares its skill.
	await q.execute(sql`insert into mentorings (network_id, request_id, mentor_id, status, mentor_accepted_at,
			member_accepted_at, proposed_at, started_at, ended_at)
		select r.network_id, r.id,
			(select ms.mentor_id from mentor_skills ms where ms.network_id = r.network_id and ms.skill_id = r.skill_id
				order by ms.mentor_id limit 1),
			case r.status when 'paired' then 'active' else 'ended' end,
			r.created_at + interval '3 days', r.created_at + interval '4 days', r.created_at + interval '2 days',
			r.created_at + interval '4 days', r.closed_at
		from mentoring_requests r where r.network_id = ${networkId}::uuid and r.status in ('paired', 'closed')`);
	await q.execute(sql`insert into mentoring_sessions (network_id, mentoring_id, held_on, minutes, note, created_at)
		select p.network_id, p.id, (p.started_at + k * interval '14 days')::date, 60 + (k % 2) * 30, 'Point d''étape',
			p.started_at + k * interval '14 days'
		from mentorings p cross join generate_series(1, 3) k
		where p.network_id = ${networkId}::uuid and p.started_at + k * interval '14 days' < now()`);
	await q.execute(sql`insert into mentoring_reviews (network_id, mentoring_id, side, helped, sentence)
		select p.network_id, p.id, s.side, 3 + (length(p.id::text || s.side) % 2), 'Merci pour ces échanges.'
		from mentorings p cross join (values ('mentor'), ('member')) as s(side)
		where p.network_id = ${networkId}::uuid and p.status = 'ended'`);
	await q.execute(sql`analyze mentors`);
	await q.execute(sql`analyze mentoring_requests`);
	log(
		`  mentors (${MENTORS}, ${requests.length} demandes de mentorat sur un an, avec leurs séances) : ` +
			`${((performance.now() - start) / 1000).toFixed(1)} s`
	);
	return { reused: false, mentors: MENTORS, requests: requests.length };
}
