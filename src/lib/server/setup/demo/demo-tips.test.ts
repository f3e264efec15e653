import { describe, expect, it } from 'vitest';
import { tipWorld } from '../../../../../tests/tip-world.ts';
import { listPublicTips } from '../../tips/list-public-tips.ts';
import { listTips } from '../../tips/list-tips.ts';
import { fillDemoTips } from './demo-tips.ts';

describe('the demo’s « bons plans »', () => {
	it('shares three tips, two of them public, with their « utile » marks', async () => {
		const w = await tipWorld();
		await fillDemoTips({ networkId: w.networkId, members: [w.karim.actor, w.samira.actor, w.member.actor] });
		const board = await listTips({ actor: w.coordinator.actor, networkId: w.networkId });
		expect(board.items.map((t) => [t.title, t.usefulCount])).toEqual([
			['Concerts gratuits au parc pendant les vacances', 1],
			['Épicerie solidaire : paniers à petit prix le jeudi', 0],
			['Ateliers numériques gratuits à la médiathèque', 2]
		]);
		expect((await listPublicTips({ networkId: w.networkId })).map((t) => t.theme)).toEqual(['free_outings', 'digital']);
	});
});
