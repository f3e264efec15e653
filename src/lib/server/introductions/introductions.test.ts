import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { isCheckViolation } from '../db/errors.ts';
import { introductionPeople, introductions } from '../db/schema/index.ts';
import { listIntroductionsOfPost } from './list-introductions.ts';
import { membersToIntroduce } from './members-to-introduce.ts';
import { moveIntroduction } from './move-introduction.ts';
import { answerPost, introduceMembers } from './open-introduction.ts';
import { NEXT_STEPS, type IntroductionStatus } from './transitions.ts';

async function sinkPost() {
	const people = await createNetworkWithPeople();
	const author = await createMember(people.network.id, { name: 'Karim Benali' });
	const post = await createPost(people.network.id, author.id, {
		kind: 'request',
		title: 'Qui veut me montrer comment déboucher un évier ?'
	});
	return { ...people, author: { ...author, actor: await actorOf(author.id) }, post };
}

const peopleOf = async (introductionId: string) =>
	(await db().select().from(introductionPeople).where(eq(introductionPeople.introductionId, introductionId)))
		.map((p) => [p.accountId, p.role])
		.sort();

describe('introductions', () => {
	it('a member answers a post: proposée, then acceptée, rencontre faite, terminée, each step dated', async () => {
		const { network, member, author, post } = await sinkPost();
		const intro = await answerPost({ actor: member.actor, networkId: network.id, postId: post.id });
		expect(intro).toMatchObject({ status: 'proposed', origin: 'answer', createdByAccountId: member.id });
		expect(await peopleOf(intro.id)).toEqual(
			[
				[author.id, 'author'],
				[member.id, 'participant']
			].sort()
		);
		advanceClock(3_600_000);
		const accepted = await moveIntroduction({
			actor: author.actor,
			networkId: network.id,
			introductionId: intro.id,
			to: 'accepted'
		});
		expect(accepted.acceptedAt!.getTime()).toBeGreaterThan(intro.proposedAt.getTime());
		await moveIntroduction({ actor: member.actor, networkId: network.id, introductionId: intro.id, to: 'met' });
		const done = await moveIntroduction({
			actor: author.actor,
			networkId: network.id,
			introductionId: intro.id,
			to: 'done'
		});
		expect(done).toMatchObject({ status: 'done' });
		expect(done.metAt).toBeInstanceOf(Date);
		expect(done.endedAt).toBeInstanceOf(Date);
	});

	it('refuses every move the state machine does not have, and changes nothing', async () => {
		const { network, member, author, post } = await sinkPost();
		const all: IntroductionStatus[] = ['proposed', 'accepted', 'met', 'done', 'cancelled', 'no_follow_up'];
		const intro = await answerPost({ actor: member.actor, networkId: network.id, postId: post.id });
		for (const to of all.filter((s) => !NEXT_STEPS.proposed.includes(s))) {
			await expect(
				moveIntroduction({ actor: author.actor, networkId: network.id, introductionId: intro.id, to })
			).rejects.toMatchObject({ code: 'transition_refused' });
		}
		await moveIntroduction({ actor: author.actor, networkId: network.id, introductionId: intro.id, to: 'cancelled' });
		for (const to of all) {
			await expect(
				moveIntroduction({ actor: author.actor, networkId: network.id, introductionId: intro.id, to })
			).rejects.toMatchObject({ code: 'transition_refused' });
		}
		const [row] = await db().select().from(introductions).where(eq(introductions.id, intro.id));
		expect(row).toMatchObject({ status: 'cancelled', acceptedAt: null, metAt: null });
	});

	it('takes one of two simultaneous clicks on the same step', async () => {
		const { network, member, author, post } = await sinkPost();
		const intro = await answerPost({ actor: member.actor, networkId: network.id, postId: post.id });
		const results = await Promise.allSettled([
			moveIntroduction({ actor: author.actor, networkId: network.id, introductionId: intro.id, to: 'accepted' }),
			moveIntroduction({ actor: member.actor, networkId: network.id, introductionId: intro.id, to: 'accepted' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
	});

	it('the database refuses a status without its date', async () => {
		const { network, member, post } = await sinkPost();
		const intro = await answerPost({ actor: member.actor, networkId: network.id, postId: post.id });
		const error = await db()
			.update(introductions)
			.set({ status: 'done' })
			.where(eq(introductions.id, intro.id))
			.catch((e: unknown) => e);
		expect(isCheckViolation(error)).toBe(true);
	});

	it('refuses answering one’s own post, twice, a closed post or another network’s', async () => {
		const { network, member, author, post } = await sinkPost();
		await expect(answerPost({ actor: author.actor, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'own_post'
		});
		await answerPost({ actor: member.actor, networkId: network.id, postId: post.id });
		await expect(answerPost({ actor: member.actor, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'already_answered'
		});
		const closed = await createPost(network.id, author.id, { status: 'closed', closedAt: new Date() });
		await expect(answerPost({ actor: member.actor, networkId: network.id, postId: closed.id })).rejects.toMatchObject({
			code: 'not_found'
		});
		const other = await createNetworkWithPeople();
		await expect(
			answerPost({ actor: other.member.actor, networkId: network.id, postId: post.id })
		).rejects.toMatchObject({ code: 'not_member' });
		await expect(
			answerPost({ actor: other.member.actor, networkId: other.network.id, postId: post.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(answerPost({ actor: null, networkId: network.id, postId: post.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		expect(await db().$count(introductions, eq(introductions.postId, post.id))).toBe(1);
	});

	it('a coordinator introduces several members on behalf of one without email (1 to N)', async () => {
		const { network, coordinator, member, post, author } = await sinkPost();
		const gerard = await createMember(network.id, { email: null, name: 'Gérard Moreau' });
		const intro = await introduceMembers({
			actor: coordinator.actor,
			networkId: network.id,
			postId: post.id,
			accountIds: [gerard.id, member.id, gerard.id]
		});
		expect(intro).toMatchObject({ origin: 'coordinator', createdByAccountId: coordinator.id });
		expect(await peopleOf(intro.id)).toEqual(
			[
				[author.id, 'author'],
				[gerard.id, 'participant'],
				[member.id, 'participant']
			].sort()
		);
		// The coordinator, not involved, may move it; an uninvolved member may not.
		await moveIntroduction({
			actor: coordinator.actor,
			networkId: network.id,
			introductionId: intro.id,
			to: 'accepted'
		});
		const bystander = await actorOf((await createMember(network.id)).id);
		await expect(
			moveIntroduction({ actor: bystander, networkId: network.id, introductionId: intro.id, to: 'met' })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('refuses introductions by members, of pending or foreign members, and of the author to herself', async () => {
		const { network, coordinator, member, post, author } = await sinkPost();
		const pending = await createMember(network.id, { status: 'pending' });
		const other = await createNetworkWithPeople();
		const attempt = (actor: typeof member.actor | null, accountIds: string[]) =>
			introduceMembers({ actor, networkId: network.id, postId: post.id, accountIds });
		await expect(attempt(member.actor, [coordinator.id])).rejects.toMatchObject({ code: 'forbidden' });
		await expect(attempt(coordinator.actor, [pending.id])).rejects.toMatchObject({ code: 'not_found' });
		await expect(attempt(coordinator.actor, [other.member.id])).rejects.toMatchObject({ code: 'not_found' });
		await expect(attempt(coordinator.actor, [author.id])).rejects.toMatchObject({ code: 'own_post' });
		await expect(attempt(coordinator.actor, [])).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(attempt(other.coordinator.actor, [member.id])).rejects.toMatchObject({ code: 'not_member' });
		expect(await db().$count(introductions, eq(introductions.postId, post.id))).toBe(0);
	});

	it('shows an introduction to the people in it and to coordinators, not to other members', async () => {
		const { network, coordinator, member, author, post } = await sinkPost();
		const intro = await answerPost({ actor: member.actor, networkId: network.id, postId: post.id });
		const seenBy = async (actor: typeof member.actor) =>
			(await listIntroductionsOfPost({ actor, networkId: network.id, postId: post.id })).map((i) => i.id);
		expect(await seenBy(member.actor)).toEqual([intro.id]);
		expect(await seenBy(author.actor)).toEqual([intro.id]);
		expect(await seenBy(coordinator.actor)).toEqual([intro.id]);
		expect(await seenBy(await actorOf((await createMember(network.id)).id))).toEqual([]);
		const [listed] = await listIntroductionsOfPost({ actor: author.actor, networkId: network.id, postId: post.id });
		expect(listed.nextSteps).toEqual(['accepted', 'cancelled', 'no_follow_up']);
		expect(listed.people.map((p) => p.role)).toEqual(['author', 'participant']);
		// Its people may write to each other; a coordinator outside it may not. Nobody records an exchange before they met.
		const flags = async (actor: typeof member.actor) =>
			(await listIntroductionsOfPost({ actor, networkId: network.id, postId: post.id })).map((i) => [
				i.canWrite,
				i.canRecordExchange
			]);
		expect(await flags(author.actor)).toEqual([[true, false]]);
		expect(await flags(coordinator.actor)).toEqual([[false, false]]);
		await moveIntroduction({ actor: author.actor, networkId: network.id, introductionId: intro.id, to: 'accepted' });
		await moveIntroduction({ actor: author.actor, networkId: network.id, introductionId: intro.id, to: 'met' });
		expect(await flags(member.actor)).toEqual([[true, true]]);
		expect(await flags(coordinator.actor)).toEqual([[false, true]]);
		const other = await createNetworkWithPeople();
		await expect(
			listIntroductionsOfPost({ actor: other.coordinator.actor, networkId: network.id, postId: post.id })
		).rejects.toMatchObject({ code: 'not_member' });
		expect(
			await listIntroductionsOfPost({ actor: other.coordinator.actor, networkId: other.network.id, postId: post.id })
		).toEqual([]);
	});

	it('lists the active members a coordinator may introduce, never the author, for coordinators only', async () => {
		const { network, coordinator, member, author } = await sinkPost();
		await createMember(network.id, { name: 'Pending', status: 'pending' });
		const listed = await membersToIntroduce({
			actor: coordinator.actor,
			networkId: network.id,
			authorAccountId: author.id
		});
		expect(listed.map((m) => m.accountId).sort()).toEqual([coordinator.id, member.id].sort());
		await expect(
			membersToIntroduce({ actor: member.actor, networkId: network.id, authorAccountId: author.id })
		).rejects.toMatchObject({ code: 'forbidden' });
	});
});
