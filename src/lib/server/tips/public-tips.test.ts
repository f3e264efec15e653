import { describe, expect, it } from 'vitest';
import { tipContent, tipWorld } from '../../../../tests/tip-world.ts';
import { eq } from 'drizzle-orm';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { networks } from '../db/schema/index.ts';
import { createTip } from './create-tip.ts';
import { setTipHidden } from './hide-tip.ts';
import { listPublicTips } from './list-public-tips.ts';

describe('listPublicTips', () => {
	it('gives the live tips whose author allowed it, without anything about the author', async () => {
		const w = await tipWorld();
		const shown = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent({ isPublic: true }) });
		const second = await createTip({
			actor: w.samira.actor,
			networkId: w.networkId,
			...tipContent({ title: 'Concert gratuit au parc', theme: 'free_outings', isPublic: true, link: null })
		});
		await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent({ title: 'Pour le réseau seul' }) });
		const hidden = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent({ isPublic: true }) });
		await setTipHidden({ actor: w.coordinator.actor, networkId: w.networkId, tipId: hidden.id, hidden: true });

		const list = await listPublicTips({ networkId: w.networkId });
		expect(list.map((t) => t.id)).toEqual([second.id, shown.id]);
		expect(Object.keys(list[0]).sort()).toEqual(
			['body', 'endsOn', 'id', 'link', 'place', 'publishedAt', 'startsOn', 'theme', 'title'].sort()
		);
		expect(JSON.stringify(list)).not.toContain('Samira');
		expect(JSON.stringify(list)).not.toContain(w.samira.id);
		expect(JSON.stringify(list)).not.toContain(w.karim.id);

		advanceClock(61 * 24 * 60 * 60 * 1000);
		expect(await listPublicTips({ networkId: w.networkId })).toEqual([]);
	});

	it('is empty for a suspended network and for another network', async () => {
		const w = await tipWorld();
		const other = await tipWorld();
		await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent({ isPublic: true }) });
		expect(await listPublicTips({ networkId: other.networkId })).toEqual([]);
		await db().update(networks).set({ status: 'suspended', suspendedAt: now() }).where(eq(networks.id, w.networkId));
		expect(await listPublicTips({ networkId: w.networkId })).toEqual([]);
	});
});
