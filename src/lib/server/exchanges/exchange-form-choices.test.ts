import { describe, expect, it } from 'vitest';
import {
	actorOf,
	addMemberSkill,
	createMember,
	createNetworkWithPeople,
	createPost,
	createSkill
} from '../../../../tests/factories.ts';
import { answerPost } from '../introductions/open-introduction.ts';
import { moveIntroduction } from '../introductions/move-introduction.ts';
import { exchangeFormChoices } from './exchange-form-choices.ts';

/** Karim asks how to unblock a sink; Fatou, who shares plumbing, answered; they met (or not yet). */
async function metOnRequest(options: { postSkill: boolean; met?: boolean }) {
	const people = await createNetworkWithPeople();
	const { network } = people;
	const plumbing = await createSkill(network.id, 'Plomberie', 'Bricolage & réparation');
	const tiling = await createSkill(network.id, 'Carrelage', 'Bricolage & réparation');
	const karim = await createMember(network.id, { name: 'Karim Benali' });
	const fatou = await createMember(network.id, { name: 'Fatou Diallo' });
	await addMemberSkill(network.id, fatou.id, tiling.id, 'share');
	await addMemberSkill(network.id, fatou.id, plumbing.id, 'share');
	const post = await createPost(network.id, karim.id, {
		kind: 'request',
		themeName: 'Bricolage & réparation',
		skillIds: options.postSkill ? [plumbing.id] : []
	});
	const fatouActor = await actorOf(fatou.id);
	const karimActor = await actorOf(karim.id);
	const intro = await answerPost({ actor: fatouActor, networkId: network.id, postId: post.id });
	if (options.met !== false) {
		await moveIntroduction({ actor: karimActor, networkId: network.id, introductionId: intro.id, to: 'accepted' });
		await moveIntroduction({ actor: karimActor, networkId: network.id, introductionId: intro.id, to: 'met' });
	}
	return { ...people, plumbing, tiling, karim, fatou, fatouActor, post, intro };
}

describe('exchangeFormChoices from an introduction', () => {
	it('fills in the helper as sharer, the author as learner and the post’s skill', async () => {
		const { network, fatou, fatouActor, karim, post, intro, plumbing } = await metOnRequest({ postSkill: true });
		const { prefill } = await exchangeFormChoices({
			actor: fatouActor,
			networkId: network.id,
			introductionId: intro.id
		});
		expect(prefill).toEqual({
			introductionId: intro.id,
			postId: post.id,
			sharerAccountId: fatou.id,
			learnerAccountIds: [karim.id],
			skillId: plumbing.id
		});
	});

	it('for a post naming no skill, takes a skill the sharer shares under the post’s theme', async () => {
		const { network, fatouActor, intro, tiling } = await metOnRequest({ postSkill: false });
		const { prefill } = await exchangeFormChoices({
			actor: fatouActor,
			networkId: network.id,
			introductionId: intro.id
		});
		// Both of her skills are under the theme: the first by name.
		expect(prefill?.skillId).toBe(tiling.id);
	});

	it('fills in nothing before they met, for someone outside the introduction, or from another network', async () => {
		const notMet = await metOnRequest({ postSkill: true, met: false });
		expect(
			(
				await exchangeFormChoices({
					actor: notMet.fatouActor,
					networkId: notMet.network.id,
					introductionId: notMet.intro.id
				})
			).prefill
		).toBeNull();
		const met = await metOnRequest({ postSkill: true });
		expect(
			(await exchangeFormChoices({ actor: met.member.actor, networkId: met.network.id, introductionId: met.intro.id }))
				.prefill
		).toBeNull();
		const other = await createNetworkWithPeople();
		expect(
			(
				await exchangeFormChoices({
					actor: other.coordinator.actor,
					networkId: other.network.id,
					introductionId: met.intro.id
				})
			).prefill
		).toBeNull();
		await expect(
			exchangeFormChoices({ actor: null, networkId: met.network.id, introductionId: met.intro.id })
		).rejects.toMatchObject({ code: 'not_logged_in' });
	});
});
