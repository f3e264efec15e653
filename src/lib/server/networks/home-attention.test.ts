// « Ce qui vous attend » and the coordination's counts: each figure is checked with several rows, and with rows
// that must not count (accepted, expired, handled, another person's, another network's).
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createPost, createSkill } from '../../../../tests/factories.ts';
import { eventWorld, members } from '../../../../tests/event-world.ts';
import { advanceClock, now } from '../clock.ts';
import { createEvent } from '../events/create-event.ts';
import { cancelRegistration } from '../events/cancel-registration.ts';
import { registerForOccurrence } from '../events/register-for-occurrence.ts';
import { db } from '../db/client.ts';
import { eventOccurrences, messageReports } from '../db/schema/index.ts';
import { eq } from 'drizzle-orm';
import { recordExchange } from '../exchanges/record-exchange.ts';
import { answerPost, introduceMembers } from '../introductions/open-introduction.ts';
import { moveIntroduction } from '../introductions/move-introduction.ts';
import { reportMessage } from '../messages/report-message.ts';
import { startConversation } from '../messages/start-conversation.ts';
import { markReportHandled } from '../messages/mark-report-handled.ts';
import { parisDate } from '../../paris-time.ts';
import { eventContent } from '../../../../tests/factories.ts';
import { coordinationTodo } from './coordination-todo.ts';
import { homeAttention } from './home-attention.ts';

const DAY = 86_400_000;

/** A network whose member Amina (the author) has posts, with the coordinator and four neighbours. */
async function world() {
	const base = await eventWorld({ capacity: 1 });
	const networkId = base.network.id;
	const [amina, bruno, chloe, driss] = await members(networkId, 4);
	const first = await createPost(networkId, amina.id, { kind: 'request', title: 'Réparer mon vélo' });
	const second = await createPost(networkId, amina.id, { kind: 'request', title: 'Apprendre Excel' });
	return { ...base, networkId, amina, bruno, chloe, driss, first, second };
}

describe('homeAttention', () => {
	it('counts answers and introductions waiting for the member, not accepted ones nor other people’s', async () => {
		const w = await world();
		const scope = { networkId: w.networkId };
		await answerPost({ actor: w.bruno.actor, ...scope, postId: w.first.id });
		await answerPost({ actor: w.chloe.actor, ...scope, postId: w.first.id });
		const accepted = await answerPost({ actor: w.driss.actor, ...scope, postId: w.second.id });
		await moveIntroduction({ actor: w.amina.actor, ...scope, introductionId: accepted.id, to: 'accepted' });
		await introduceMembers({ actor: w.coordinator.actor, ...scope, postId: w.second.id, accountIds: [w.bruno.id] });
		await introduceMembers({ actor: w.coordinator.actor, ...scope, postId: w.first.id, accountIds: [w.driss.id] });

		expect(await homeAttention({ actor: w.amina.actor, ...scope })).toEqual({
			answers: 2,
			introductions: 2,
			offers: 0,
			exchanges: 0
		});
		// Bruno answered (nothing waits for him there) and was introduced once.
		expect(await homeAttention({ actor: w.bruno.actor, ...scope })).toMatchObject({ answers: 0, introductions: 1 });
	});

	it('counts the event places offered to the member until the offer expires', async () => {
		const w = await world();
		const scope = { networkId: w.networkId };
		const second = await createEvent({
			actor: w.coordinator.actor,
			...scope,
			input: eventContent(w.venue.id, { capacity: 1, title: 'Atelier jardinage' })
		});
		const [secondOccurrence] = await db()
			.select()
			.from(eventOccurrences)
			.where(eq(eventOccurrences.eventId, second.id));
		for (const occurrenceId of [w.occurrence.id, secondOccurrence.id]) {
			const placed = await registerForOccurrence({ actor: w.bruno.actor, ...scope, occurrenceId });
			await registerForOccurrence({ actor: w.amina.actor, ...scope, occurrenceId });
			await registerForOccurrence({ actor: w.chloe.actor, ...scope, occurrenceId });
			await cancelRegistration({ actor: w.bruno.actor, ...scope, registrationId: placed.registrationId });
		}
		expect(await homeAttention({ actor: w.amina.actor, ...scope })).toMatchObject({ offers: 2 });
		expect(await homeAttention({ actor: w.chloe.actor, ...scope })).toMatchObject({ offers: 0 });
		advanceClock(25 * 3_600_000);
		expect(await homeAttention({ actor: w.amina.actor, ...scope })).toMatchObject({ offers: 0 });
	});

	it('counts the exchanges waiting for the member’s answer', async () => {
		const w = await world();
		const skill = await createSkill(w.networkId, 'Vélo', 'Bricolage & réparation');
		for (const minutes of [60, 90]) {
			await recordExchange({
				actor: w.bruno.actor,
				networkId: w.networkId,
				sharerAccountId: w.bruno.id,
				learnerAccountIds: [w.amina.id],
				skillId: skill.id,
				occurredOn: parisDate(now()),
				minutes
			});
		}
		expect(await homeAttention({ actor: w.amina.actor, networkId: w.networkId })).toMatchObject({ exchanges: 2 });
	});

	it('is refused to a visitor, a pending person and a member of another network', async () => {
		const w = await world();
		const other = await eventWorld();
		await expect(homeAttention({ actor: null, networkId: w.networkId })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		const pending = await actorOf((await createMember(w.networkId, { status: 'pending' })).id);
		await expect(homeAttention({ actor: pending, networkId: w.networkId })).rejects.toMatchObject({
			code: 'membership_pending'
		});
		await expect(homeAttention({ actor: other.member.actor, networkId: w.networkId })).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});

describe('coordinationTodo', () => {
	it('counts people to welcome, requests unanswered for 7 days and open reports, this network only', async () => {
		const w = await world();
		const scope = { networkId: w.networkId };
		const other = await eventWorld();
		await createMember(w.networkId, { status: 'pending' });
		await createMember(w.networkId, { status: 'pending' });
		await createMember(other.network.id, { status: 'pending' });
		await createPost(w.networkId, w.bruno.id, { kind: 'request', title: 'Coudre un ourlet' });
		await createPost(w.networkId, w.bruno.id, { kind: 'offer', title: 'Cours de guitare' });
		await createPost(other.network.id, other.member.id, { kind: 'request', title: 'Ailleurs' });
		advanceClock(8 * DAY);
		// Three requests are now 8 days old and one of them gets an answer; a fresh one does not count yet.
		await createPost(w.networkId, w.bruno.id, { kind: 'request', title: 'Garder ma fille' });
		await answerPost({ actor: w.chloe.actor, ...scope, postId: w.second.id });
		const conversationId = await startConversation({
			actor: w.bruno.actor,
			...scope,
			accountIds: [w.chloe.id],
			body: 'Bonjour'
		});
		const again = await startConversation({
			actor: w.driss.actor,
			...scope,
			accountIds: [w.chloe.id],
			body: 'Bonsoir'
		});
		const messageOf = async (id: string) =>
			(await db().query.messages.findFirst({ where: (m, { eq }) => eq(m.conversationId, id) }))!.id;
		await reportMessage({
			actor: w.chloe.actor,
			...scope,
			conversationId,
			messageId: await messageOf(conversationId),
			reason: 'Propos déplacés'
		});
		await reportMessage({
			actor: w.chloe.actor,
			...scope,
			conversationId: again,
			messageId: await messageOf(again),
			reason: 'Insistant'
		});
		const handled = await startConversation({
			actor: w.amina.actor,
			...scope,
			accountIds: [w.chloe.id],
			body: 'Salut'
		});
		await reportMessage({
			actor: w.chloe.actor,
			...scope,
			conversationId: handled,
			messageId: await messageOf(handled),
			reason: 'Erreur'
		});
		const [report] = await db().select().from(messageReports).where(eq(messageReports.reason, 'Erreur'));
		await markReportHandled({ actor: w.coordinator.actor, ...scope, reportId: report.id });
		expect(await coordinationTodo({ actor: w.coordinator.actor, ...scope })).toEqual({
			pending: 2,
			unanswered: 2,
			reports: 2
		});
		await expect(coordinationTodo({ actor: w.member.actor, ...scope })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(coordinationTodo({ actor: null, ...scope })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(coordinationTodo({ actor: other.coordinator.actor, ...scope })).rejects.toMatchObject({
			code: 'not_member'
		});
	});
});
