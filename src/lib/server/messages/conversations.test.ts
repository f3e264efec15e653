// Private messages: starting conversations (two and three people, from an introduction), sending, unread counts,
// reading, leaving, and who may read or write (decision 018).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { isCheckViolation } from '../db/errors.ts';
import { conversationParticipants, conversations, messages } from '../db/schema/index.ts';
import { answerPost } from '../introductions/open-introduction.ts';
import { countUnreadMessages } from './count-unread.ts';
import { getConversation, THREAD_PAGE_SIZE } from './get-conversation.ts';
import { leaveConversation } from './leave-conversation.ts';
import { listConversations } from './list-conversations.ts';
import { readNewMessages } from './read-new-messages.ts';
import { sendMessage } from './send-message.ts';
import { shareEmail } from './share-email.ts';
import { startConversation } from './start-conversation.ts';
import { findIntroductionConversation, writeAboutIntroduction } from './write-about-introduction.ts';

async function neighbours() {
	const people = await createNetworkWithPeople();
	const amina = await createMember(people.network.id, { name: 'Amina Diallo' });
	const karim = await createMember(people.network.id, { name: 'Karim Benali' });
	const lea = await createMember(people.network.id, { name: 'Léa Martin' });
	return {
		...people,
		networkId: people.network.id,
		amina: { ...amina, actor: await actorOf(amina.id) },
		karim: { ...karim, actor: await actorOf(karim.id) },
		lea: { ...lea, actor: await actorOf(lea.id) }
	};
}

const bodies = (thread: { messages: { body: string }[] }) => thread.messages.map((m) => m.body);

describe('starting a conversation and writing', () => {
	it('two people: the first message, the reply, unread counts that reading clears', async () => {
		const { networkId, amina, karim } = await neighbours();
		const id = await startConversation({
			actor: amina.actor,
			networkId,
			accountIds: [karim.id],
			body: 'Bonjour Karim, je peux passer samedi pour l’évier ?'
		});
		expect(await countUnreadMessages({ actor: karim.actor, networkId })).toBe(1);
		expect(await countUnreadMessages({ actor: amina.actor, networkId })).toBe(0);
		const [listed] = await listConversations({ actor: karim.actor, networkId });
		expect(listed).toMatchObject({ id, others: ['Amina Diallo'], unread: 1 });

		const thread = await getConversation({ actor: karim.actor, networkId, conversationId: id });
		expect(bodies(thread)).toEqual(['Bonjour Karim, je peux passer samedi pour l’évier ?']);
		expect(thread.messages[0]).toMatchObject({ authorName: 'Amina Diallo' });
		expect(thread.writeRefusal).toBeNull();
		expect(await countUnreadMessages({ actor: karim.actor, networkId })).toBe(0);

		advanceClock(1000);
		await sendMessage({ actor: karim.actor, networkId, conversationId: id, body: 'Avec plaisir, vers 10 h ?' });
		await sendMessage({ actor: karim.actor, networkId, conversationId: id, body: 'Prévoyez un seau.' });
		expect(await countUnreadMessages({ actor: amina.actor, networkId })).toBe(2);
		const [mine] = await listConversations({ actor: amina.actor, networkId });
		expect(mine.unread).toBe(2);
		const again = await getConversation({ actor: amina.actor, networkId, conversationId: id });
		expect(bodies(again)).toEqual([
			'Bonjour Karim, je peux passer samedi pour l’évier ?',
			'Avec plaisir, vers 10 h ?',
			'Prévoyez un seau.'
		]);
		expect(await countUnreadMessages({ actor: amina.actor, networkId })).toBe(0);
	});

	it('writing to the same person again continues the same conversation', async () => {
		const { networkId, amina, karim } = await neighbours();
		const first = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Bonjour' });
		const second = await startConversation({ actor: karim.actor, networkId, accountIds: [amina.id], body: 'Re' });
		expect(second).toBe(first);
		expect(await db().$count(conversations, eq(conversations.networkId, networkId))).toBe(1);
	});

	it('three people: everyone reads everyone, each has their own unread count', async () => {
		const { networkId, amina, karim, lea } = await neighbours();
		const id = await startConversation({
			actor: amina.actor,
			networkId,
			accountIds: [karim.id, lea.id, karim.id],
			body: 'Atelier couture jeudi ?'
		});
		expect(await db().$count(conversationParticipants, eq(conversationParticipants.conversationId, id))).toBe(3);
		await sendMessage({ actor: lea.actor, networkId, conversationId: id, body: 'Oui !' });
		expect(await countUnreadMessages({ actor: karim.actor, networkId })).toBe(2);
		expect(await countUnreadMessages({ actor: amina.actor, networkId })).toBe(1);
		// Writing in a conversation counts as having read what came before.
		expect(await countUnreadMessages({ actor: lea.actor, networkId })).toBe(0);
		const [listed] = await listConversations({ actor: karim.actor, networkId });
		expect(listed.others).toEqual(['Amina Diallo', 'Léa Martin']);
	});

	it('from an introduction: its people, one conversation for it, the second writer joins it', async () => {
		const { networkId, amina, karim } = await neighbours();
		const post = await createPost(networkId, karim.id, { title: 'Déboucher un évier' });
		const intro = await answerPost({ actor: amina.actor, networkId, postId: post.id });
		expect(await findIntroductionConversation({ actor: karim.actor, networkId, introductionId: intro.id })).toBeNull();

		const id = await writeAboutIntroduction({
			actor: amina.actor,
			networkId,
			introductionId: intro.id,
			body: 'Bonjour'
		});
		const again = await writeAboutIntroduction({
			actor: karim.actor,
			networkId,
			introductionId: intro.id,
			body: 'Salut'
		});
		expect(again).toBe(id);
		expect(await findIntroductionConversation({ actor: karim.actor, networkId, introductionId: intro.id })).toEqual({
			id,
			present: true
		});
		const thread = await getConversation({ actor: karim.actor, networkId, conversationId: id });
		expect(thread.post).toEqual({ id: post.id, title: 'Déboucher un évier' });
		expect(thread.people.map((p) => p.name)).toEqual(['Amina Diallo', 'Karim Benali']);
	});

	it('someone outside an introduction cannot write about it', async () => {
		const { networkId, amina, karim, lea } = await neighbours();
		const post = await createPost(networkId, karim.id);
		const intro = await answerPost({ actor: amina.actor, networkId, postId: post.id });
		await expect(
			writeAboutIntroduction({ actor: lea.actor, networkId, introductionId: intro.id, body: 'Moi aussi' })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			findIntroductionConversation({ actor: lea.actor, networkId, introductionId: intro.id })
		).rejects.toMatchObject({ code: 'not_found' });
		expect(await db().$count(conversations, eq(conversations.networkId, networkId))).toBe(0);
	});

	it('shares one’s own email address only when one chooses to; members without email have none to share', async () => {
		const { networkId, amina, karim } = await neighbours();
		const id = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Bonjour' });
		const before = await getConversation({ actor: karim.actor, networkId, conversationId: id });
		expect(JSON.stringify(before)).not.toContain(amina.email!);
		await shareEmail({ actor: amina.actor, networkId, conversationId: id });
		const after = await getConversation({ actor: karim.actor, networkId, conversationId: id });
		expect(after.messages.at(-1)).toMatchObject({ kind: 'contact', body: amina.email });

		const noEmail = await createMember(networkId, { email: null });
		const other = await startConversation({
			actor: await actorOf(noEmail.id),
			networkId,
			accountIds: [karim.id],
			body: 'Bonjour'
		});
		await expect(
			shareEmail({ actor: await actorOf(noEmail.id), networkId, conversationId: other })
		).rejects.toMatchObject({ code: 'no_email_to_share' });
	});

	it('shows the latest 50 messages, older ones page by page', async () => {
		const { networkId, amina, karim } = await neighbours();
		const id = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Message 1' });
		for (let i = 2; i <= 60; i++) {
			await sendMessage({
				actor: i % 2 ? amina.actor : karim.actor,
				networkId,
				conversationId: id,
				body: `Message ${i}`
			});
		}
		const latest = await getConversation({ actor: karim.actor, networkId, conversationId: id });
		expect(latest.messages).toHaveLength(THREAD_PAGE_SIZE);
		expect(latest.messages[0].body).toBe('Message 11');
		expect(latest.messages.at(-1)!.body).toBe('Message 60');
		expect(latest.olderThan).toBe(latest.messages[0].id);
		const older = await getConversation({
			actor: karim.actor,
			networkId,
			conversationId: id,
			beforeId: latest.olderThan!
		});
		expect(bodies(older)).toEqual(Array.from({ length: 10 }, (_, i) => `Message ${i + 1}`));
		expect(older.olderThan).toBeNull();
	});
});

describe('leaving a conversation', () => {
	it('the one who left cannot write, sees nothing new, and the others see that they left', async () => {
		const { networkId, amina, karim, lea } = await neighbours();
		const id = await startConversation({
			actor: amina.actor,
			networkId,
			accountIds: [karim.id, lea.id],
			body: 'Bonjour'
		});
		await leaveConversation({ actor: karim.actor, networkId, conversationId: id });
		await leaveConversation({ actor: karim.actor, networkId, conversationId: id });

		await expect(
			sendMessage({ actor: karim.actor, networkId, conversationId: id, body: 'Encore moi' })
		).rejects.toMatchObject({
			code: 'conversation_left'
		});
		advanceClock(1000);
		await sendMessage({ actor: lea.actor, networkId, conversationId: id, body: 'Après son départ' });
		expect(await countUnreadMessages({ actor: karim.actor, networkId })).toBe(0);
		expect(await listConversations({ actor: karim.actor, networkId })).toEqual([]);

		const seenByKarim = await getConversation({ actor: karim.actor, networkId, conversationId: id });
		expect(bodies(seenByKarim)).toEqual(['Bonjour']);
		expect(seenByKarim).toMatchObject({ left: true, writeRefusal: 'conversation_left' });
		await expect(
			readNewMessages({ actor: karim.actor, networkId, conversationId: id, afterId: 0 })
		).rejects.toMatchObject({
			code: 'conversation_left'
		});

		const seenByAmina = await getConversation({ actor: amina.actor, networkId, conversationId: id });
		expect(seenByAmina.people.find((p) => p.accountId === karim.id)!.leftAt).toBeInstanceOf(Date);
		expect(bodies(seenByAmina)).toEqual(['Bonjour', 'Après son départ']);
	});

	it('the database refuses a message from someone who left, whatever the code does', async () => {
		const { networkId, amina, karim } = await neighbours();
		const id = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Bonjour' });
		await leaveConversation({ actor: karim.actor, networkId, conversationId: id });
		const error = await db()
			.insert(messages)
			.values({ conversationId: id, networkId, authorAccountId: karim.id, body: 'Forcé' })
			.catch((e: unknown) => e);
		expect(isCheckViolation(error)).toBe(true);
	});

	it('writing to the same person after leaving opens a new conversation', async () => {
		const { networkId, amina, karim } = await neighbours();
		const first = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Bonjour' });
		await leaveConversation({ actor: karim.actor, networkId, conversationId: first });
		const second = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Re' });
		expect(second).not.toBe(first);
	});
});

describe('the live stream reads only for participants', () => {
	it('gives a participant the messages after an id and marks them read', async () => {
		const { networkId, amina, karim } = await neighbours();
		const id = await startConversation({ actor: amina.actor, networkId, accountIds: [karim.id], body: 'Un' });
		const [first] = await readNewMessages({ actor: karim.actor, networkId, conversationId: id, afterId: 0 });
		expect(first).toMatchObject({ body: 'Un', authorName: 'Amina Diallo', mine: false });
		expect(await countUnreadMessages({ actor: karim.actor, networkId })).toBe(0);
		await sendMessage({ actor: amina.actor, networkId, conversationId: id, body: 'Deux' });
		const next = await readNewMessages({ actor: karim.actor, networkId, conversationId: id, afterId: first.id });
		expect(next.map((m) => m.body)).toEqual(['Deux']);
		expect(await readNewMessages({ actor: amina.actor, networkId, conversationId: id, afterId: first.id })).toEqual([
			expect.objectContaining({ body: 'Deux', mine: true })
		]);
	});
});

describe('authorisation', () => {
	async function aConversation() {
		const world = await neighbours();
		const id = await startConversation({
			actor: world.amina.actor,
			networkId: world.networkId,
			accountIds: [world.karim.id],
			body: 'Entre nous'
		});
		return { ...world, id };
	}

	it('a visitor is asked to log in, for every action', async () => {
		const { networkId, id, karim } = await aConversation();
		const scope = { actor: null, networkId, conversationId: id };
		await expect(getConversation(scope)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(sendMessage({ ...scope, body: 'Coucou' })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(readNewMessages({ ...scope, afterId: 0 })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(leaveConversation(scope)).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(listConversations({ actor: null, networkId })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(
			startConversation({ actor: null, networkId, accountIds: [karim.id], body: 'Coucou' })
		).rejects.toMatchObject({ code: 'not_logged_in' });
		expect(await countUnreadMessages({ actor: null, networkId })).toBe(0);
	});

	it('a member not in the conversation, even a coordinator, cannot read, write, stream or leave it', async () => {
		const { networkId, id, lea, coordinator } = await aConversation();
		for (const actor of [lea.actor, coordinator.actor]) {
			const scope = { actor, networkId, conversationId: id };
			await expect(getConversation(scope)).rejects.toMatchObject({ code: 'not_found' });
			await expect(sendMessage({ ...scope, body: 'Je m’invite' })).rejects.toMatchObject({ code: 'not_found' });
			await expect(readNewMessages({ ...scope, afterId: 0 })).rejects.toMatchObject({ code: 'not_found' });
			await expect(leaveConversation(scope)).rejects.toMatchObject({ code: 'not_found' });
			await expect(shareEmail(scope)).rejects.toMatchObject({ code: 'not_found' });
			expect(await listConversations({ actor, networkId })).toEqual([]);
		}
		expect(await db().$count(messages, eq(messages.conversationId, id))).toBe(1);
	});

	it('a malformed conversation id is not found, not an error', async () => {
		const { networkId, amina } = await aConversation();
		await expect(getConversation({ actor: amina.actor, networkId, conversationId: 'abc' })).rejects.toMatchObject({
			code: 'not_found'
		});
	});

	it('another network: its members cannot be added, and its people cannot read', async () => {
		const { networkId, id, amina } = await aConversation();
		const elsewhere = await createNetworkWithPeople();
		await expect(
			startConversation({ actor: amina.actor, networkId, accountIds: [elsewhere.member.id], body: 'Bonjour' })
		).rejects.toMatchObject({ code: 'not_found', field: 'accountIds' });
		// Read through their own network: the conversation is not there.
		await expect(
			getConversation({ actor: elsewhere.member.actor, networkId: elsewhere.network.id, conversationId: id })
		).rejects.toMatchObject({ code: 'not_found' });
		// Through this network: they are not members.
		await expect(
			getConversation({ actor: elsewhere.member.actor, networkId, conversationId: id })
		).rejects.toMatchObject({ code: 'not_member' });
		// Nor can the participants reach it through another network they are in.
		await expect(
			getConversation({ actor: amina.actor, networkId: elsewhere.network.id, conversationId: id })
		).rejects.toMatchObject({ code: 'not_member' });
		expect(await db().$count(conversations, eq(conversations.networkId, networkId))).toBe(1);
	});

	it('only active members can be written to; not oneself', async () => {
		const { networkId, amina } = await aConversation();
		const pending = await createMember(networkId, { status: 'pending' });
		await expect(
			startConversation({ actor: amina.actor, networkId, accountIds: [pending.id], body: 'Bonjour' })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(
			startConversation({ actor: amina.actor, networkId, accountIds: [amina.id], body: 'Moi' })
		).rejects.toMatchObject({ code: 'message_to_self' });
		await expect(
			startConversation({ actor: amina.actor, networkId, accountIds: ['pas-un-id'], body: 'Bonjour' })
		).rejects.toMatchObject({ code: 'not_found' });
	});

	it('the database keeps conversations and their people in one network', async () => {
		const { networkId, id } = await aConversation();
		const elsewhere = await createNetworkWithPeople();
		const error = await db()
			.insert(conversationParticipants)
			.values({ conversationId: id, networkId: elsewhere.network.id, accountId: elsewhere.member.id })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(Error);
		expect(await db().$count(conversationParticipants, eq(conversationParticipants.conversationId, id))).toBe(2);
		// A conversation about an introduction of another network is refused too.
		const post = await createPost(elsewhere.network.id, elsewhere.member.id);
		const intro = await answerPost({
			actor: elsewhere.coordinator.actor,
			networkId: elsewhere.network.id,
			postId: post.id
		});
		const wrong = await db()
			.insert(conversations)
			.values({ networkId, introductionId: intro.id })
			.catch((e: unknown) => e);
		expect(isCheckViolation(wrong)).toBe(true);
	});
});
