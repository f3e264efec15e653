import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { jobLeadMarks, jobLeads } from '../db/schema/index.ts';
import { addParisDays, parisDate } from '../../paris-time.ts';
import { leadInput } from '../../validation/job-circle.ts';
import { joinJobCircle } from './circle.ts';
import { jobCirclePage } from './circle-page.ts';
import { addJobLead, markJobLead } from './leads.ts';

const DAY = 24 * 60 * 60 * 1000;

async function world() {
	const people = await createNetworkWithPeople();
	const networkId = people.network.id;
	const circle = [];
	for (const name of ['Samira Benali', 'Julien Martin', 'Fatou Diallo']) {
		const row = await createMember(networkId, { name });
		const actor = await actorOf(row.id);
		await joinJobCircle({ actor, networkId });
		circle.push({ ...row, actor });
	}
	const other = await createNetworkWithPeople();
	return { ...people, networkId, circle, other };
}

const lead = (days: number, title = 'Vendeuse en boulangerie') => ({
	title,
	employer: 'Boulangerie du Parc',
	place: 'Nanterre',
	contract: 'cdd' as const,
	url: 'https://emploi.example.org/offre/42',
	closesOn: parisDate(addParisDays(now(), days))
});

const refused = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });

describe('job leads', () => {
	it('are listed for the circle until their closing day included, then hidden', async () => {
		const { networkId, circle, coordinator, member } = await world();
		const [samira, julien] = circle;
		await addJobLead({ actor: samira.actor, networkId, ...lead(1, "Agent d'accueil") });
		await addJobLead({ actor: coordinator.actor, networkId, ...lead(5) });
		const titles = async () => {
			const page = await jobCirclePage({ actor: julien.actor, networkId });
			return page.reader ? page.leads.map((l) => l.title) : null;
		};
		expect(await titles()).toEqual(["Agent d'accueil", 'Vendeuse en boulangerie']);
		expect(JSON.stringify(await jobCirclePage({ actor: member.actor, networkId }))).not.toContain('Boulangerie');
		advanceClock(2 * DAY);
		expect(await titles()).toEqual(['Vendeuse en boulangerie']);
		advanceClock(4 * DAY);
		expect(await titles()).toEqual([]);
	});

	it("take one « j'ai postulé » and one « intéressé » per member, counted for everyone", async () => {
		const { networkId, circle } = await world();
		const [samira, julien, fatou] = circle;
		const { id: leadId } = await addJobLead({ actor: samira.actor, networkId, ...lead(3) });
		await markJobLead({ actor: julien.actor, networkId, leadId, mark: 'applied', on: true });
		await markJobLead({ actor: julien.actor, networkId, leadId, mark: 'applied', on: true }); // double click
		await markJobLead({ actor: julien.actor, networkId, leadId, mark: 'interested', on: true });
		await markJobLead({ actor: fatou.actor, networkId, leadId, mark: 'applied', on: true });
		await markJobLead({ actor: samira.actor, networkId, leadId, mark: 'interested', on: true });
		const seen = async (actor: typeof samira.actor) => {
			const page = await jobCirclePage({ actor, networkId });
			if (!page.reader) throw new Error('reader expected');
			const [shown] = page.leads;
			return [shown.applied, shown.interested, shown.mine];
		};
		expect(await seen(samira.actor)).toEqual([2, 2, { applied: false, interested: true }]);
		expect(await seen(julien.actor)).toEqual([2, 2, { applied: true, interested: true }]);
		await markJobLead({ actor: julien.actor, networkId, leadId, mark: 'applied', on: false });
		expect(await seen(fatou.actor)).toEqual([1, 2, { applied: true, interested: false }]);
		expect(await db().$count(jobLeadMarks, eq(jobLeadMarks.leadId, leadId))).toBe(3);
	});

	it('are added and marked by the circle only; a closed lead takes no mark', async () => {
		const { networkId, circle, member, other } = await world();
		const [samira] = circle;
		await refused(addJobLead({ actor: member.actor, networkId, ...lead(3) }), 'job_circle_members_only');
		await refused(addJobLead({ actor: other.coordinator.actor, networkId, ...lead(3) }), 'not_member');
		await refused(addJobLead({ actor: null, networkId, ...lead(3) }), 'not_logged_in');
		const { id: leadId } = await addJobLead({ actor: samira.actor, networkId, ...lead(1) });
		const mark = { networkId, leadId, mark: 'applied' as const, on: true };
		await refused(markJobLead({ actor: member.actor, ...mark }), 'job_circle_members_only');
		await refused(markJobLead({ actor: other.member.actor, ...mark }), 'not_member');
		// Another network's circle does not see this lead.
		await joinJobCircle({ actor: other.member.actor, networkId: other.network.id });
		await refused(markJobLead({ actor: other.member.actor, ...mark, networkId: other.network.id }), 'not_found');
		advanceClock(2 * DAY);
		await refused(markJobLead({ actor: samira.actor, ...mark }), 'not_found');
		expect(await db().$count(jobLeadMarks, eq(jobLeadMarks.leadId, leadId))).toBe(0);
	});

	it('refuse a closing day in the past and a link that is not a web address, with nothing written', async () => {
		const { networkId, circle } = await world();
		await expect(addJobLead({ actor: circle[0].actor, networkId, ...lead(-1) })).rejects.toMatchObject({
			code: 'job_lead_past',
			field: 'closesOn'
		});
		const form = { ...lead(3), url: 'javascript:alert(1)' };
		const parsed = leadInput.safeParse(form);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([['url', 'job_link']]);
		// The database refuses it too, whatever the code does.
		await expect(addJobLead({ actor: circle[0].actor, networkId, ...form })).rejects.toThrow();
		expect(leadInput.safeParse({ ...form, url: 'data:text/html,x' }).success).toBe(false);
		expect(leadInput.safeParse({ ...form, url: '' }).success).toBe(true);
		expect(await db().$count(jobLeads, eq(jobLeads.networkId, networkId))).toBe(0);
	});
});
