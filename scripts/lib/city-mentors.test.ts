// The town's mentors (decision 036) as `npm run seed:city` writes them: mentors without membership, each sharing
// skills members wish to learn, a year of requests whose pairs follow the app's rules, and a second run that reuses.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addMemberSkill, createMember, createNetwork, createSkill } from '../../tests/factories.ts';
import { db, sqlRows } from '../../src/lib/server/db/client.ts';
import { seedCityMentors } from './city-mentors.ts';

describe('the town mentors seed', () => {
	it('writes mentors outside the membership and a year of mentoring that follows the rules, once', async () => {
		const network = await createNetwork();
		const skills = await Promise.all(
			['Comptabilité', 'Anglais', 'Préparer un entretien'].map((n) => createSkill(network.id, n))
		);
		for (let i = 0; i < 9; i++) {
			const member = await createMember(network.id);
			await addMemberSkill(network.id, member.id, skills[i % 3].id, 'learn');
		}
		const lines: string[] = [];

		const seeded = await seedCityMentors(db(), network.id, (line) => lines.push(line));

		expect(seeded).toMatchObject({ reused: false, mentors: 30, requests: 240 });
		expect(lines).toHaveLength(1);
		const [figures] = await sqlRows<{
			members: number;
			without_skill: number;
			days: number;
			open: number;
			live_pairs: number;
		}>(
			db(),
			sql`select
				(select count(*)::int from mentors t join memberships ms on ms.account_id = t.account_id
					where t.network_id = ${network.id}::uuid) as members,
				(select count(*)::int from mentors t where t.network_id = ${network.id}::uuid
					and not exists (select from mentor_skills s where s.mentor_id = t.id)) as without_skill,
				(select extract(day from max(created_at) - min(created_at))::int from mentoring_requests
					where network_id = ${network.id}::uuid) as days,
				(select count(*)::int from mentoring_requests where network_id = ${network.id}::uuid and status = 'open') as open,
				(select count(*)::int from mentorings where network_id = ${network.id}::uuid and status = 'active') as live_pairs`
		);
		// A mentor is never a member: every member page stays closed to them (decision 036).
		expect(figures.members).toBe(0);
		expect(figures.without_skill).toBe(0);
		expect(figures.days).toBeGreaterThanOrEqual(360);
		expect(figures.open).toBeGreaterThan(0);
		expect(figures.live_pairs).toBeGreaterThan(0);
		// Each pair's mentor shares the request's skill; ended pairs have both reviews.
		const wrong = await sqlRows<{ id: string }>(
			db(),
			sql`select p.id from mentorings p join mentoring_requests r on r.id = p.request_id
				where p.network_id = ${network.id}::uuid and (
					not exists (select from mentor_skills s where s.mentor_id = p.mentor_id and s.skill_id = r.skill_id)
					or (p.status = 'ended' and (select count(*) from mentoring_reviews v where v.mentoring_id = p.id) <> 2))`
		);
		expect(wrong).toEqual([]);
		expect(await seedCityMentors(db(), network.id, () => {})).toMatchObject({ reused: true, mentors: 30 });
	});
});
