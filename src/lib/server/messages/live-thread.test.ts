// The live thread woken by the database (LISTEN/NOTIFY, db/notifications.ts): a committed message reaches the
// open stream long before its safety poll, a rolled-back one wakes nobody, another conversation's stream is not
// woken, and access is checked before the stream opens (decision 018).
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { MESSAGES_CHANNEL, notificationsReady, onConversationMessage } from '../db/notifications.ts';
import { leaveConversation } from './leave-conversation.ts';
import { openLiveThread } from './live-thread.ts';
import { appendMessage, sendMessage } from './send-message.ts';
import { startConversation } from './start-conversation.ts';

async function neighbours() {
	const people = await createNetworkWithPeople();
	const networkId = people.network.id;
	const amina = await createMember(networkId, { name: 'Amina Diallo' });
	const karim = await createMember(networkId, { name: 'Karim Benali' });
	const lea = await createMember(networkId, { name: 'Léa Martin' });
	return {
		...people,
		networkId,
		amina: { ...amina, actor: await actorOf(amina.id) },
		karim: { ...karim, actor: await actorOf(karim.id) },
		lea: { ...lea, actor: await actorOf(lea.id) }
	};
}

/** Reads the stream until `done` holds, or gives up after `withinMs` (far below the 30 s safety poll). */
async function readUntil(stream: ReadableStream<Uint8Array>, done: (text: string) => boolean, withinMs = 8000) {
	const reader = stream.getReader();
	const decoder = new TextDecoder();
	let text = '';
	const deadline = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), withinMs));
	while (!done(text)) {
		const chunk = await Promise.race([reader.read(), deadline]);
		if (chunk === 'late' || chunk.done) break;
		text += decoder.decode(chunk.value);
	}
	return { text, reader };
}

const bodiesIn = (text: string) =>
	[...text.matchAll(/^data: (.*)$/gm)].map((m) => (JSON.parse(m[1]) as { body: string }).body);

describe('the live thread, woken by the database', () => {
	it('a message committed after the stream opened arrives at once, with the reader’s checks', async () => {
		const { networkId, amina, karim } = await neighbours();
		const id = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Un' });
		const controller = new AbortController();
		const stream = await openLiveThread({
			actor: karim.actor,
			networkId,
			conversationId: id,
			afterId: 0,
			signal: controller.signal
		});
		// The first read (at open) sends « Un »; « Deux » then comes only through the notification.
		const reader = stream.getReader();
		const decoder = new TextDecoder();
		let text = '';
		while (!text.includes('"Un"')) text += decoder.decode((await reader.read()).value);
		await sendMessage({ actor: amina.actor, networkId, conversationId: id, body: 'Deux' });
		reader.releaseLock();
		const rest = await readUntil(stream, (t) => t.includes('"Deux"'));
		controller.abort();
		await rest.reader.cancel();
		expect(bodiesIn(text + rest.text)).toEqual(['Un', 'Deux']);
	});

	it('wakes the streams of the conversation that got a message only, and not for a rolled-back one', async () => {
		const { networkId, amina, karim, lea } = await neighbours();
		const ours = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'A' });
		const theirs = await startConversation({ actor: amina.actor, networkId, accountIds: [lea.id], body: 'B' });
		// The conversations' first messages notified too: let those arrive before counting.
		await drainNotifications();
		const woken: string[] = [];
		const stopOurs = onConversationMessage(ours, () => woken.push('ours'));
		const stopTheirs = onConversationMessage(theirs, () => woken.push('theirs'));
		expect(stopOurs).toBeTypeOf('function');

		await db()
			.transaction(async (tx) => {
				await appendMessage(tx, { conversationId: theirs, networkId, authorAccountId: amina.id, body: 'Annulé' });
				throw new Error('rolled back');
			})
			.catch(() => {});
		await sendMessage({ actor: amina.actor, networkId, conversationId: ours, body: 'Gardé' });
		// Notifications arrive in commit order: one for the rolled-back message would have come first.
		await until(() => woken.length > 0);
		expect(woken).toEqual(['ours']);
		stopOurs?.();
		stopTheirs?.();

		await sendMessage({ actor: amina.actor, networkId, conversationId: ours, body: 'Plus personne' });
		await sendMessage({ actor: amina.actor, networkId, conversationId: theirs, body: 'Personne non plus' });
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(woken).toEqual(['ours']);
	});

	it('refuses before streaming: a visitor, someone not in it, someone who left', async () => {
		const { networkId, amina, karim, lea, coordinator } = await neighbours();
		const id = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Un' });
		await leaveConversation({ actor: karim.actor, networkId, conversationId: id });
		const signal = new AbortController().signal;
		const open = (actor: typeof lea.actor | null) =>
			openLiveThread({ actor, networkId, conversationId: id, afterId: 0, signal });
		await expect(open(null)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(open(lea.actor)).rejects.toMatchObject({ code: 'not_found' });
		await expect(open(coordinator.actor)).rejects.toMatchObject({ code: 'not_found' });
		await expect(open(karim.actor)).rejects.toMatchObject({ code: 'conversation_left' });
		const other = await createNetworkWithPeople();
		await expect(
			openLiveThread({ actor: other.coordinator.actor, networkId, conversationId: id, afterId: 0, signal })
		).rejects.toMatchObject({ code: 'not_member' });
	});
});

/**
 * Waits until every notification committed so far has arrived: they are delivered in commit order, so one sent
 * now arrives after them all.
 */
async function drainNotifications() {
	await notificationsReady();
	let arrived = false;
	const stop = onConversationMessage('barrier', () => (arrived = true));
	await db().execute(sql`select pg_notify(${MESSAGES_CHANNEL}, 'barrier')`);
	await until(() => arrived);
	stop?.();
}

async function until(condition: () => boolean, withinMs = 8000) {
	const started = Date.now();
	while (!condition()) {
		if (Date.now() - started > withinMs) throw new Error('no notification arrived');
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}
