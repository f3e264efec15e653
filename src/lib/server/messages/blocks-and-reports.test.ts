// Blocking a member and reporting a message to the coordinators (decision 018).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { messageReports, messages } from '../db/schema/index.ts';
import { answerPost } from '../introductions/open-introduction.ts';
import { blockMember, listBlockedMembers, unblockMember } from './block-member.ts';
import { getConversation } from './get-conversation.ts';
import { listOpenReports } from './list-reports.ts';
import { markReportHandled } from './mark-report-handled.ts';
import { findReportableMessage, reportMessage } from './report-message.ts';
import { sendMessage } from './send-message.ts';
import { startConversation } from './start-conversation.ts';
import { writeAboutIntroduction } from './write-about-introduction.ts';

async function neighbours() {
	const people = await createNetworkWithPeople();
	const make = async (name: string) => {
		const account = await createMember(people.network.id, { name });
		return { ...account, actor: await actorOf(account.id) };
	};
	return {
		...people,
		networkId: people.network.id,
		amina: await make('Amina Diallo'),
		karim: await make('Karim Benali'),
		lea: await make('Léa Martin')
	};
}

describe('blocking', () => {
	it('a blocked member cannot write to the blocker nor start a conversation with them; unblocking restores it', async () => {
		const { networkId, amina, karim } = await neighbours();
		const id = await startConversation({ actor: karim.actor, networkId, accountIds: [amina.id], body: 'Bonjour' });
		await blockMember({ actor: amina.actor, networkId, accountId: karim.id });
		await blockMember({ actor: amina.actor, networkId, accountId: karim.id });
		expect(await listBlockedMembers({ actor: amina.actor, networkId })).toEqual([
			expect.objectContaining({ accountId: karim.id, name: 'Karim Benali' })
		]);

		await expect(
			sendMessage({ actor: karim.actor, networkId, conversationId: id, body: 'Réponds !' })
		).rejects.toMatchObject({
			code: 'blocked_by_member'
		});
		await expect(
			startConversation({ actor: karim.actor, networkId, accountIds: [amina.id], body: 'Autre essai' })
		).rejects.toMatchObject({ code: 'blocked_by_member' });
		expect((await getConversation({ actor: karim.actor, networkId, conversationId: id })).writeRefusal).toBe(
			'blocked_by_member'
		);
		// The blocker is told to unblock first rather than starting a conversation the other cannot answer.
		await expect(
			startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Finalement…' })
		).rejects.toMatchObject({ code: 'member_blocked' });
		expect(await db().$count(messages, eq(messages.conversationId, id))).toBe(1);
		const seenByAmina = await getConversation({ actor: amina.actor, networkId, conversationId: id });
		expect(seenByAmina.people.find((p) => p.accountId === karim.id)!.blockedByMe).toBe(true);

		await unblockMember({ actor: amina.actor, networkId, accountId: karim.id });
		await sendMessage({ actor: karim.actor, networkId, conversationId: id, body: 'Merci' });
		expect(await db().$count(messages, eq(messages.conversationId, id))).toBe(2);
		expect(await listBlockedMembers({ actor: amina.actor, networkId })).toEqual([]);
	});

	it('in a group, the blocked member cannot write while the blocker is there; the others can', async () => {
		const { networkId, amina, karim, lea } = await neighbours();
		const id = await startConversation({
			actor: lea.actor,
			networkId,
			accountIds: [amina.id, karim.id],
			body: 'On se retrouve où ?'
		});
		await blockMember({ actor: amina.actor, networkId, accountId: karim.id });
		await expect(
			sendMessage({ actor: karim.actor, networkId, conversationId: id, body: 'Chez moi' })
		).rejects.toMatchObject({
			code: 'blocked_by_member'
		});
		await sendMessage({ actor: lea.actor, networkId, conversationId: id, body: 'À la maison de quartier' });
		await sendMessage({ actor: amina.actor, networkId, conversationId: id, body: 'D’accord' });
		expect(await db().$count(messages, eq(messages.conversationId, id))).toBe(3);
	});

	it('a blocked member cannot open an introduction conversation with the blocker', async () => {
		const { networkId, amina, karim } = await neighbours();
		const post = await createPost(networkId, amina.id);
		const intro = await answerPost({ actor: karim.actor, networkId, postId: post.id });
		await blockMember({ actor: amina.actor, networkId, accountId: karim.id });
		await expect(
			writeAboutIntroduction({ actor: karim.actor, networkId, introductionId: intro.id, body: 'Bonjour' })
		).rejects.toMatchObject({ code: 'blocked_by_member' });
	});

	it('blocks only members of the network; not oneself; not anonymously', async () => {
		const { networkId, amina } = await neighbours();
		const elsewhere = await createNetworkWithPeople();
		await expect(blockMember({ actor: amina.actor, networkId, accountId: elsewhere.member.id })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(blockMember({ actor: amina.actor, networkId, accountId: amina.id })).rejects.toMatchObject({
			code: 'message_to_self'
		});
		await expect(blockMember({ actor: null, networkId, accountId: amina.id })).rejects.toMatchObject({
			code: 'not_logged_in'
		});
	});
});

describe('reporting a message', () => {
	async function reported() {
		const world = await neighbours();
		const { networkId, amina, karim } = world;
		const id = await startConversation({
			actor: karim.actor,
			networkId,
			accountIds: [amina.id],
			body: 'Message déplacé'
		});
		const [message] = await db().select().from(messages).where(eq(messages.conversationId, id));
		return { ...world, id, message };
	}

	it('a participant reports; the network’s coordinators see the message and the reason and mark it handled', async () => {
		const { networkId, amina, coordinator, id, message } = await reported();
		const reason = 'Propos insultants';
		await reportMessage({ actor: amina.actor, networkId, conversationId: id, messageId: message.id, reason });
		await reportMessage({ actor: amina.actor, networkId, conversationId: id, messageId: message.id, reason });

		const [report, ...others] = await listOpenReports({ actor: coordinator.actor, networkId });
		expect(others).toEqual([]);
		expect(report).toMatchObject({
			reason,
			reporterName: 'Amina Diallo',
			authorName: 'Karim Benali',
			messageBody: 'Message déplacé'
		});
		await markReportHandled({ actor: coordinator.actor, networkId, reportId: report.id });
		expect(await listOpenReports({ actor: coordinator.actor, networkId })).toEqual([]);
		const [row] = await db().select().from(messageReports).where(eq(messageReports.id, report.id));
		expect(row).toMatchObject({ handledByAccountId: coordinator.id, handledAt: expect.any(Date) });
		await expect(markReportHandled({ actor: coordinator.actor, networkId, reportId: report.id })).rejects.toMatchObject(
			{
				code: 'not_found'
			}
		);
	});

	it('nobody reports their own message or one of a conversation they are not in', async () => {
		const { networkId, karim, lea, coordinator, id, message } = await reported();
		const scope = { networkId, conversationId: id, messageId: message.id, reason: 'Pas bien' };
		await expect(reportMessage({ ...scope, actor: karim.actor })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(reportMessage({ ...scope, actor: lea.actor })).rejects.toMatchObject({ code: 'not_found' });
		await expect(reportMessage({ ...scope, actor: coordinator.actor })).rejects.toMatchObject({ code: 'not_found' });
		await expect(reportMessage({ ...scope, actor: null })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(
			findReportableMessage({ actor: lea.actor, networkId, conversationId: id, messageId: message.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await db().$count(messageReports, eq(messageReports.messageId, message.id))).toBe(0);
	});

	it('members and coordinators of another network cannot see or handle the reports', async () => {
		const { networkId, amina, member, id, message } = await reported();
		await reportMessage({ actor: amina.actor, networkId, conversationId: id, messageId: message.id, reason: 'Spam' });
		const [report] = await db().select().from(messageReports).where(eq(messageReports.messageId, message.id));
		const elsewhere = await createNetworkWithPeople();

		await expect(listOpenReports({ actor: member.actor, networkId })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listOpenReports({ actor: null, networkId })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(listOpenReports({ actor: elsewhere.coordinator.actor, networkId })).rejects.toMatchObject({
			code: 'not_member'
		});
		expect(await listOpenReports({ actor: elsewhere.coordinator.actor, networkId: elsewhere.network.id })).toEqual([]);
		await expect(
			markReportHandled({ actor: elsewhere.coordinator.actor, networkId: elsewhere.network.id, reportId: report.id })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(markReportHandled({ actor: member.actor, networkId, reportId: report.id })).rejects.toMatchObject({
			code: 'forbidden'
		});
		const [row] = await db().select().from(messageReports).where(eq(messageReports.id, report.id));
		expect(row.handledAt).toBeNull();
	});
});
