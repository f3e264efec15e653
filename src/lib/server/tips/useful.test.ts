import { describe, expect, it } from 'vitest';
import { actorOf, createMember } from '../../../../tests/factories.ts';
import { tipContent, tipWorld } from '../../../../tests/tip-world.ts';
import { advanceClock } from '../clock.ts';
import { createTip } from './create-tip.ts';
import { getTip } from './get-tip.ts';
import { listTips } from './list-tips.ts';
import { setTipUseful } from './mark-useful.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('« utile » marks', () => {
	it('count one per member, on the board and on the tip’s page, for each tip apart', async () => {
		const w = await tipWorld();
		const first = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		const second = await createTip({
			actor: w.karim.actor,
			networkId: w.networkId,
			...tipContent({ title: 'Épicerie solidaire le jeudi', theme: 'food' })
		});
		const readers = [w.samira, w.member, w.coordinator];
		for (const reader of readers) {
			await setTipUseful({ actor: reader.actor, networkId: w.networkId, tipId: first.id, useful: true });
		}
		await setTipUseful({ actor: w.samira.actor, networkId: w.networkId, tipId: second.id, useful: true });

		const board = await listTips({ actor: w.samira.actor, networkId: w.networkId });
		expect(board.items.map((t) => [t.title, t.usefulCount])).toEqual([
			['Épicerie solidaire le jeudi', 1],
			['Ateliers numériques gratuits à la médiathèque', 3]
		]);
		expect(await getTip({ actor: w.samira.actor, networkId: w.networkId, tipId: first.id })).toMatchObject({
			usefulCount: 3,
			markedUseful: true
		});
		const outsider = await createMember(w.networkId);
		expect(await getTip({ actor: await actorOf(outsider.id), networkId: w.networkId, tipId: first.id })).toMatchObject({
			usefulCount: 3,
			markedUseful: false,
			canMarkUseful: true
		});
	});

	it('two clicks at once, or the same click twice, mark once; taking the mark back removes it', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		const mark = () => setTipUseful({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id, useful: true });
		await Promise.all([mark(), mark()]);
		expect((await mark()).count).toBe(1);
		const unmarked = await setTipUseful({
			actor: w.samira.actor,
			networkId: w.networkId,
			tipId: tip.id,
			useful: false
		});
		expect(unmarked).toEqual({ useful: false, count: 0 });
	});

	it('is refused on one’s own tip, an expired tip, another network’s tip and to visitors', async () => {
		const w = await tipWorld();
		const other = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		const mark = (actor: typeof w.karim.actor | null, networkId = w.networkId) =>
			setTipUseful({ actor, networkId, tipId: tip.id, useful: true });
		await expect(mark(w.karim.actor)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(mark(null)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(mark(other.samira.actor, other.networkId)).rejects.toMatchObject({ code: 'not_found' });
		await expect(mark(other.samira.actor)).rejects.toMatchObject({ code: 'not_member' });
		advanceClock(61 * DAY);
		await expect(mark(w.samira.actor)).rejects.toMatchObject({ code: 'not_found' });
	});
});
