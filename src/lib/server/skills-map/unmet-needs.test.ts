import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	addMemberSkill,
	createNetworkWithPeople,
	createPost,
	createSkill,
	createVenueIn,
	eventContent
} from '../../../../tests/factories.ts';
import { members } from '../../../../tests/event-world.ts';
import { skillsMapWorld } from '../../../../tests/skills-map-world.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, introductions, unmetNeedActions } from '../db/schema/index.ts';
import { createEvent } from '../events/create-event.ts';
import { registerForOccurrence } from '../events/register-for-occurrence.ts';
import { recordNeedAction } from './need-actions.ts';
import { listUnmetNeeds } from './unmet-needs.ts';

const DAY = 86_400_000;

/** A one-place event ahead with `people` registering in turn: the first gets the place, the others wait. */
async function fullEvent(
	w: Awaited<ReturnType<typeof skillsMapWorld>>,
	title: string,
	people: { actor: typeof w.coordinator.actor }[]
) {
	const venue = await createVenueIn(w.networkId);
	const event = await createEvent({
		actor: w.coordinator.actor,
		networkId: w.networkId,
		input: eventContent(venue.id, { title, capacity: 1 })
	});
	const [occurrence] = await db().select().from(eventOccurrences).where(eq(eventOccurrences.eventId, event.id));
	for (const p of people)
		await registerForOccurrence({ actor: p.actor, networkId: w.networkId, occurrenceId: occurrence.id });
	return occurrence;
}

async function needsWorld() {
	const w = await skillsMapWorld();
	const at = now();
	// m5 offered « Couture » long ago (closed since): the one to invite.
	await createPost(w.networkId, w.m5.id, {
		kind: 'offer',
		themeName: 'Couture',
		skillIds: [w.couture.id],
		status: 'closed',
		closedAt: new Date(at.getTime() - 100 * DAY),
		createdAt: new Date(at.getTime() - 300 * DAY)
	});
	// Wished by one member only; wished by two but offered by a live post: neither is a gap to list.
	const crochet = await createSkill(w.networkId, 'Crochet', 'Couture');
	await addMemberSkill(w.networkId, w.m3.id, crochet.id, 'learn');
	const guitare = await createSkill(w.networkId, 'Guitare', 'Musique & danse');
	for (const m of [w.m3, w.m4]) await addMemberSkill(w.networkId, m.id, guitare.id, 'learn');
	await createPost(w.networkId, w.m5.id, { kind: 'offer', themeName: 'Musique & danse', skillIds: [guitare.id] });
	// An answered request and a recent one are not unmet.
	const answered = await createPost(w.networkId, w.m4.id, { createdAt: new Date(at.getTime() - 20 * DAY) });
	await db().insert(introductions).values({
		networkId: w.networkId,
		postId: answered.id,
		origin: 'answer',
		createdByAccountId: w.m5.id
	});
	const recent = await createPost(w.networkId, w.m4.id, { createdAt: new Date(at.getTime() - 2 * DAY) });
	const long = await fullEvent(w, 'Atelier couture', [w.m1, w.m2, w.m3, w.m4]);
	const short = await fullEvent(w, 'Atelier tricot', [w.m1, w.m2, w.m3]);
	return { ...w, crochet, guitare, answered, recent, long, short };
}

describe('unmet needs', () => {
	it('lists each family from the data, and leaves out what is answered, shared or short', async () => {
		const w = await needsWorld();
		const needs = await listUnmetNeeds({ actor: w.coordinator.actor, networkId: w.networkId });

		expect(needs.requests.map((r) => r.postId)).toEqual([w.liveRequest.id]);
		expect(needs.requests[0].invite.map((p) => p.id)).toEqual([w.m5.id]);

		expect(needs.skills.map((s) => [s.name, s.learners])).toEqual([
			['Couture', 4],
			['Tricot', 2]
		]);
		expect(needs.skills[0].invite.map((p) => p.id)).toEqual([w.m5.id]);
		// The theme's id, for the « créer un groupe » link that opens the form with it chosen.
		expect(needs.skills[0].themeId).toBe(w.couture.themeId);

		expect(needs.occurrences.map((o) => [o.occurrenceId, o.waiting, o.past])).toEqual([[w.long.id, 3, false]]);
		expect(needs.occurrences.find((o) => o.occurrenceId === w.short.id)).toBeUndefined();
	});

	it('keeps a long waiting list once its occurrence is past', async () => {
		const w = await needsWorld();
		advanceClock(5 * DAY);
		const needs = await listUnmetNeeds({ actor: w.coordinator.actor, networkId: w.networkId });
		expect(needs.occurrences.map((o) => [o.occurrenceId, o.waiting, o.past])).toEqual([[w.long.id, 3, true]]);
	});

	it('records what was done, with who and when, shown beside its need', async () => {
		const w = await needsWorld();
		const scope = { actor: w.coordinator.actor, networkId: w.networkId };
		const before = now().getTime();
		await recordNeedAction({
			...scope,
			need: `skill:${w.couture.id}`,
			kind: 'ask_partner',
			note: 'Atelier Coudre Ensemble'
		});
		const needs = await listUnmetNeeds(scope);
		const couture = needs.skills.find((s) => s.skillId === w.couture.id)!;
		expect(couture.done).toHaveLength(1);
		expect(couture.done[0]).toMatchObject({
			kind: 'ask_partner',
			note: 'Atelier Coudre Ensemble',
			by: w.coordinator.name
		});
		expect(couture.done[0].at.getTime()).toBeGreaterThanOrEqual(before);
		expect(couture.done[0].at.getTime()).toBeLessThanOrEqual(now().getTime());
		expect(needs.skills.find((s) => s.name === 'Tricot')!.done).toEqual([]);
	});

	it('refuses other people and needs of another network, writing nothing', async () => {
		const w = await needsWorld();
		const other = await createNetworkWithPeople();
		const theirs = await createSkill(other.network.id, 'Couture', 'Couture');
		const need = `skill:${w.couture.id}`;
		const attempts = [
			[{ actor: null, networkId: w.networkId, need }, 'not_logged_in'],
			[{ actor: w.member.actor, networkId: w.networkId, need }, 'forbidden'],
			[{ actor: other.coordinator.actor, networkId: w.networkId, need }, 'not_member'],
			[{ actor: w.coordinator.actor, networkId: w.networkId, need: `skill:${theirs.id}` }, 'need_unknown'],
			[{ actor: w.coordinator.actor, networkId: w.networkId, need: `request:${w.couture.id}` }, 'need_unknown'],
			[{ actor: w.coordinator.actor, networkId: w.networkId, need: 'skill:nope' }, 'need_unknown']
		] as const;
		for (const [options, code] of attempts)
			await expect(recordNeedAction({ ...options, kind: 'find_mentor', note: '' })).rejects.toMatchObject({ code });
		expect(await db().select().from(unmetNeedActions).where(eq(unmetNeedActions.networkId, w.networkId))).toEqual([]);
		await expect(listUnmetNeeds({ actor: w.member.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'forbidden'
		});
		const [someone] = await members(other.network.id, 1);
		await expect(listUnmetNeeds({ actor: someone.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});
