// The town's partners (decision 035) as `npm run seed:city` writes them: every referral of a member of the
// network with its steps in order, and a second run that reuses them.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMember, createNetwork } from '../../tests/factories.ts';
import { db, sqlRows } from '../../src/lib/server/db/client.ts';
import { seedCityPartners } from './city-partners.ts';
import { CITY_COORDINATOR } from './city-seed.ts';

describe('the town partners seed', () => {
	it('writes partners and a year of referrals whose history follows the steps, once', async () => {
		const network = await createNetwork();
		await createMember(network.id, { role: 'coordinator', email: CITY_COORDINATOR.email });
		for (let i = 0; i < 12; i++) await createMember(network.id);
		const lines: string[] = [];
		const seeded = await seedCityPartners(db(), network.id, (line) => lines.push(line));
		expect(seeded).toMatchObject({ reused: false, partners: 24, referrals: 1200 });
		expect(lines).toHaveLength(1);
		const [spread] = await sqlRows<{ days: number; partners: number; members: number }>(
			db(),
			sql`select extract(day from max(created_at) - min(created_at))::int as days,
				count(distinct partner_id)::int as partners, count(distinct account_id)::int as members
				from partner_referrals where network_id = ${network.id}::uuid`
		);
		expect(spread.days).toBeGreaterThanOrEqual(360);
		expect(spread.partners).toBe(24);
		expect(spread.members).toBe(12);
		// Each referral's steps: « proposée » first, and its last step is its status.
		const wrong = await sqlRows<{ id: string }>(
			db(),
			sql`select r.id from partner_referrals r
				where r.network_id = ${network.id}::uuid and (
					(select s.status from partner_referral_steps s where s.referral_id = r.id order by s.at limit 1) <> 'proposed'
					or (select s.status from partner_referral_steps s where s.referral_id = r.id order by s.at desc limit 1) <> r.status)`
		);
		expect(wrong).toEqual([]);
		expect(await seedCityPartners(db(), network.id, () => {})).toMatchObject({ reused: true, partners: 24 });
	});
});
