import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNetworkWithPeople } from '../../../../../tests/factories.ts';
import { members } from '../../../../../tests/event-world.ts';
import { jobCirclePage } from '../../job-circle/circle-page.ts';
import { db } from '../../db/client.ts';
import { groupMembers, jobCircles } from '../../db/schema/index.ts';
import { fillDemoJobCircle } from './demo-job-circle.ts';

describe('the demo’s job circle', () => {
	it('has two members, one looking for work, two check-ins and a lead with a mark', async () => {
		const { network } = await createNetworkWithPeople();
		const people = await members(network.id, 2);
		await fillDemoJobCircle({ networkId: network.id, members: people.map((p) => p.actor) });
		const [circle] = await db().select().from(jobCircles).where(eq(jobCircles.networkId, network.id));
		expect(await db().$count(groupMembers, eq(groupMembers.groupId, circle.groupId))).toBe(2);
		const page = await jobCirclePage({ actor: people[1].actor, networkId: network.id });
		if (!page.reader) throw new Error('reader expected');
		expect(page.seekers).toHaveLength(1);
		expect(page.checkins).toHaveLength(1); // the other's; the reader's own is myCheckin
		expect(page.myCheckin?.done).toBe('Inscription à une formation de cariste.');
		expect(page.leads.map((l) => [l.title, l.interested])).toEqual([['Employé ou employée de médiathèque', 1]]);
	});
});
