import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createNetworkWithPeople, createSkill, addMemberSkill } from '../../../../tests/factories.ts';
import { members } from '../../../../tests/event-world.ts';
import { skillsMapWorld } from '../../../../tests/skills-map-world.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { parisDate } from '../../paris-time.ts';
import { addDays } from '../../validation/exchanges.ts';
import { csvCell } from './csv.ts';
import { skillsMapCsv } from './map-csv.ts';
import { coordinatorSkillsMap, membersSkillsMap } from './skills-map.ts';

/** Counted independently of the map's queries: active memberships only, one skill, one side. */
async function membersWith(skillId: string, direction: 'share' | 'learn') {
	const [row] = await sqlRows<{ n: number }>(
		db(),
		sql`select count(*)::int as n from member_skills ms join memberships m
				on m.network_id = ms.network_id and m.account_id = ms.account_id
			where ms.skill_id = ${skillId} and ms.direction = ${direction} and m.status = 'active'`
	);
	return row.n;
}

async function livePosts(skillId: string, kind: 'offer' | 'request') {
	const [row] = await sqlRows<{ n: number }>(
		db(),
		sql`select count(*)::int as n from posts p join post_skills ps on ps.post_id = p.id
			where ps.skill_id = ${skillId} and p.kind = ${kind} and p.status = 'open'
				and p.expires_at > ${now().toISOString()}::timestamptz`
	);
	return row.n;
}

describe('the coordinators’ skills map', () => {
	it('counts active members, live posts and events held per skill, as independent SQL counts do', async () => {
		const w = await skillsMapWorld();
		const map = await coordinatorSkillsMap({ actor: w.coordinator.actor, networkId: w.networkId });
		const row = (id: string) => map.skills.find((s) => s.id === id)!;
		for (const skill of [w.couture, w.retouches, w.patisserie, w.tricot]) {
			expect(row(skill.id).sharers).toBe(await membersWith(skill.id, 'share'));
			expect(row(skill.id).learners).toBe(await membersWith(skill.id, 'learn'));
			expect(row(skill.id).offers).toBe(await livePosts(skill.id, 'offer'));
			expect(row(skill.id).requests).toBe(await livePosts(skill.id, 'request'));
		}
		// The pending member's « Couture » is not counted; the expired request is not either.
		expect(row(w.couture.id)).toMatchObject({ sharers: 0, learners: 4, requests: 1, offers: 0, gap: true });
		// One live offer (the closed one left out), one occurrence held (the cancelled and the coming ones left out).
		expect(row(w.patisserie.id)).toMatchObject({ sharers: 3, learners: 1, offers: 1, held: 1, gap: false });
		// Themes count each member once: Couture's skills are wished by m1–m5 and shared by m4.
		const couture = map.themes.find((t) => t.name === 'Couture')!;
		expect(couture).toMatchObject({ sharers: 1, learners: 5, requests: 1, gap: false });
		expect(map.themes.find((t) => t.name === 'Cuisine')).toMatchObject({ sharers: 3, offers: 1, held: 1 });
	});

	it('puts the gaps first, the most wished first', async () => {
		const w = await skillsMapWorld();
		const map = await coordinatorSkillsMap({ actor: w.coordinator.actor, networkId: w.networkId });
		expect(map.skills.map((s) => [s.name, s.gap])).toEqual([
			['Couture', true],
			['Tricot', true],
			['Pâtisserie', false],
			['Retouches', false]
		]);
	});

	it('filters by neighbourhood (any case or accent) and by period', async () => {
		const w = await skillsMapWorld();
		const scope = { actor: w.coordinator.actor, networkId: w.networkId };
		const near = await coordinatorSkillsMap({ ...scope, neighbourhood: 'petit-nanterre' });
		const row = (map: typeof near, id: string) => map.skills.find((s) => s.id === id);
		expect(row(near, w.patisserie.id)).toMatchObject({ sharers: 2, learners: 0, offers: 1 });
		expect(row(near, w.couture.id)).toMatchObject({ learners: 2, requests: 0 });
		expect(row(near, w.retouches.id)).toBeUndefined();

		const today = parisDate(now());
		// The last 10 days: the request of 40 days ago and the event held 2 days ago… the request is left out.
		const recent = await coordinatorSkillsMap({ ...scope, from: addDays(today, -10), to: today });
		expect(row(recent, w.couture.id)).toMatchObject({ learners: 4, requests: 0 });
		expect(row(recent, w.patisserie.id)).toMatchObject({ offers: 1, held: 1 });
		const older = await coordinatorSkillsMap({ ...scope, from: addDays(today, -60), to: addDays(today, -20) });
		expect(row(older, w.couture.id)).toMatchObject({ requests: 1 });
		expect(row(older, w.patisserie.id)).toMatchObject({ offers: 0, held: 0 });
	});

	it('refuses a period that ends before it starts, and other people', async () => {
		const w = await skillsMapWorld();
		const today = parisDate(now());
		await expect(
			coordinatorSkillsMap({ actor: w.coordinator.actor, networkId: w.networkId, from: today, to: addDays(today, -1) })
		).rejects.toMatchObject({ code: 'map_period_order' });
		await expect(coordinatorSkillsMap({ actor: null, networkId: w.networkId })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(coordinatorSkillsMap({ actor: w.member.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'forbidden'
		});
		await expect(skillsMapCsv({ actor: w.member.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'forbidden'
		});
		const other = await createNetworkWithPeople();
		await expect(
			coordinatorSkillsMap({ actor: other.coordinator.actor, networkId: w.networkId })
		).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});

describe('the members’ skills map', () => {
	it('says « moins de 3 » for 1 and 2 people, shows 0 and 3 or more, and never sends the small number', async () => {
		const w = await skillsMapWorld();
		const map = await membersSkillsMap({ actor: w.member.actor, networkId: w.networkId });
		const row = (id: string) => map.skills.find((s) => s.id === id)!;
		expect(row(w.couture.id)).toMatchObject({ sharers: 0, learners: 4, gap: true });
		expect(row(w.patisserie.id)).toMatchObject({ sharers: 3, learners: 'few' });
		expect(row(w.tricot.id)).toMatchObject({ sharers: 0, learners: 'few' });
		expect(row(w.retouches.id)).toMatchObject({ sharers: 'few', learners: 'few' });
		expect(map.skills[0].id).toBe(w.couture.id);
		const sent = JSON.stringify(map);
		expect(sent).not.toMatch(/"(sharers|learners)":[12][,}]/);
		// Another network's member sees nothing of it.
		const other = await createNetworkWithPeople();
		await expect(membersSkillsMap({ actor: other.member.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});

describe('the map as CSV', () => {
	it('has a BOM, the headers, a line per theme and skill, and keeps formulas as text', async () => {
		const w = await skillsMapWorld();
		const evil = await createSkill(w.networkId, '=HYPERLINK("http://x")', 'Autre');
		const [a, b] = await members(w.networkId, 2);
		for (const m of [a, b]) await addMemberSkill(w.networkId, m.id, evil.id, 'learn');
		const csv = await skillsMapCsv({ actor: w.coordinator.actor, networkId: w.networkId });
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			"Niveau,Thème,Savoir,Peuvent le partager,Veulent l'apprendre,Offres visibles,Demandes visibles,Séances passées,Personne ne le partage"
		);
		expect(lines).toContain('savoir,Couture,Couture,0,4,0,1,0,oui');
		expect(lines).toContain('savoir,Cuisine,Pâtisserie,3,1,1,0,1,non');
		expect(lines.find((l) => l.includes('HYPERLINK'))).toBe(`savoir,Autre,"'=HYPERLINK(""http://x"")",0,2,0,0,0,oui`);
		expect(csvCell('-1')).toBe("'-1");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell(-1)).toBe('-1');
		const anyone = await actorOf(w.m1.id);
		await expect(skillsMapCsv({ actor: anyone, networkId: w.networkId })).rejects.toMatchObject({ code: 'forbidden' });
	});
});
