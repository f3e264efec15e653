import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createMember, actorOf } from '../../../../tests/factories.ts';
import { tipContent, tipWorld } from '../../../../tests/tip-world.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { tips } from '../db/schema/index.ts';
import { TIP_LIFETIME_DAYS } from '../../limits.ts';
import { addParisDays, parisDate, parisMidnight } from '../../paris-time.ts';
import { createTip } from './create-tip.ts';
import { getTip } from './get-tip.ts';
import { listTips } from './list-tips.ts';
import { renewTip } from './renew-tip.ts';
import { updateTip } from './update-tip.ts';

const DAY = 24 * 60 * 60 * 1000;
const row = async (id: string) => (await db().select().from(tips).where(eq(tips.id, id)))[0];
const boardIds = async (w: Awaited<ReturnType<typeof tipWorld>>) =>
	(await listTips({ actor: w.samira.actor, networkId: w.networkId })).items.map((t) => t.id);

describe('a tip’s lifetime', () => {
	it('is shown 60 days after it was published, then only its author and the team see it', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		expect(TIP_LIFETIME_DAYS).toBe(60);
		expect(Math.abs(tip.expiresAt.getTime() - (now().getTime() + 60 * DAY))).toBeLessThan(5_000);

		advanceClock(59 * DAY);
		expect(await boardIds(w)).toEqual([tip.id]);
		advanceClock(2 * DAY);
		expect(await boardIds(w)).toEqual([]);
		await expect(getTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id })).rejects.toMatchObject({
			code: 'not_found'
		});
		expect(await getTip({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id })).toMatchObject({
			state: 'expired',
			canRenew: true
		});
		expect(await getTip({ actor: w.coordinator.actor, networkId: w.networkId, tipId: tip.id })).toMatchObject({
			state: 'expired'
		});
	});

	it('with an end date, is shown until the evening of that day (Paris), even past 60 days', async () => {
		const w = await tipWorld();
		const endsOn = parisDate(addParisDays(now(), 3));
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent({ endsOn }) });
		expect(tip.expiresAt).toEqual(addParisDays(parisMidnight(endsOn), 1));

		const far = parisDate(addParisDays(now(), 100));
		const later = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent({ endsOn: far }) });
		advanceClock(4 * DAY);
		expect(await boardIds(w)).toEqual([later.id]);
		advanceClock(70 * DAY);
		expect(await boardIds(w)).toEqual([later.id]);
	});

	it('an edit that changes the end date moves the expiry; an edit of the text alone does not', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		const retitled = await updateTip({
			actor: w.karim.actor,
			networkId: w.networkId,
			tipId: tip.id,
			...tipContent({ title: 'Ateliers numériques, nouvelle saison' })
		});
		expect(retitled.expiresAt).toEqual(tip.expiresAt);
		const endsOn = parisDate(addParisDays(now(), 5));
		const dated = await updateTip({
			actor: w.karim.actor,
			networkId: w.networkId,
			tipId: tip.id,
			...tipContent({ endsOn })
		});
		expect(dated.expiresAt).toEqual(addParisDays(parisMidnight(endsOn), 1));
	});
});

describe('renewTip', () => {
	it('prolongs from the week before the expiry by 60 days from that expiry; a second click changes nothing', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		const early = await renewTip({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id });
		expect(early).toEqual({ renewed: false, expiresAt: tip.expiresAt });

		advanceClock(55 * DAY);
		const first = await renewTip({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id });
		expect(first).toEqual({ renewed: true, expiresAt: new Date(tip.expiresAt.getTime() + 60 * DAY) });
		const second = await renewTip({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id });
		expect(second).toEqual({ renewed: false, expiresAt: first.expiresAt });
		expect((await row(tip.id)).expiresAt).toEqual(first.expiresAt);
	});

	it('brings an expired tip back for 60 days from now, and two clicks at once prolong it once', async () => {
		const w = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		advanceClock(80 * DAY);
		const results = await Promise.all([
			renewTip({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id }),
			renewTip({ actor: w.karim.actor, networkId: w.networkId, tipId: tip.id })
		]);
		expect(results.filter((r) => r.renewed)).toHaveLength(1);
		const expiresAt = (await row(tip.id)).expiresAt;
		expect(Math.abs(expiresAt.getTime() - (now().getTime() + 60 * DAY))).toBeLessThan(5_000);
		expect(await boardIds(w)).toEqual([tip.id]);
	});

	it('refuses a dated tip (its end date decides), lets the team prolong, refuses other members', async () => {
		const w = await tipWorld();
		const dated = await createTip({
			actor: w.karim.actor,
			networkId: w.networkId,
			...tipContent({ endsOn: parisDate(addParisDays(now(), 2)) })
		});
		await expect(renewTip({ actor: w.karim.actor, networkId: w.networkId, tipId: dated.id })).rejects.toMatchObject({
			code: 'tip_dated'
		});
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		advanceClock(58 * DAY);
		await expect(renewTip({ actor: w.samira.actor, networkId: w.networkId, tipId: tip.id })).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect((await renewTip({ actor: w.coordinator.actor, networkId: w.networkId, tipId: tip.id })).renewed).toBe(true);
	});

	it('is refused to a visitor and to another network’s member, who finds nothing', async () => {
		const w = await tipWorld();
		const other = await tipWorld();
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		await expect(renewTip({ actor: null, networkId: w.networkId, tipId: tip.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		await expect(
			renewTip({ actor: other.coordinator.actor, networkId: other.networkId, tipId: tip.id })
		).rejects.toMatchObject({ code: 'not_found' });
		const outsider = await createMember(other.networkId);
		await expect(
			renewTip({ actor: await actorOf(outsider.id), networkId: w.networkId, tipId: tip.id })
		).rejects.toMatchObject({ code: 'not_member' });
	});
});
