// Bad input through the real form pipeline (zod schema → domain function): a French sentence, nothing written.
import type { RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { conversations, messages } from '../db/schema/index.ts';
import { handleForm } from '../web/form.ts';
import { sendMessageInput, startConversationInput } from '../../validation/messages.ts';
import { getConversation } from './get-conversation.ts';
import { sendMessage } from './send-message.ts';
import { startConversation } from './start-conversation.ts';

function post(fields: Record<string, string>): RequestEvent {
	const request = new Request('http://127.0.0.1/messages', { method: 'POST', body: new URLSearchParams(fields) });
	return { request, url: new URL(request.url) } as unknown as RequestEvent;
}

async function world() {
	const { network, member } = await createNetworkWithPeople();
	const other = await createMember(network.id, { name: 'Karim Benali' });
	const id = await startConversation({
		actor: member.actor,
		networkId: network.id,
		accountIds: [other.id],
		body: 'Bonjour'
	});
	return { networkId: network.id, member, other: { ...other, actor: await actorOf(other.id) }, id };
}

describe('message forms with bad input', () => {
	it.each([
		['an empty message', '', "Écrivez votre message avant de l'envoyer."],
		['only spaces and line breaks', '   \n\t  ', "Écrivez votre message avant de l'envoyer."],
		['5 000 characters', 'a'.repeat(5000), 'Votre message est trop long : 4\u202f000 signes au plus. Raccourcissez-le.']
	])('%s → a French sentence on the field, nothing saved', async (_case, body, sentence) => {
		const { networkId, member, id } = await world();
		const result = await handleForm(post({ body }), sendMessageInput, (input) =>
			sendMessage({ actor: member.actor, networkId, conversationId: id, body: input.body })
		);
		expect(result).toMatchObject({ status: 400, data: { errors: { body: sentence } } });
		expect(await db().$count(messages, eq(messages.conversationId, id))).toBe(1);
	});

	it('a new conversation with an empty message or nobody chosen saves nothing', async () => {
		const { networkId, member, other } = await world();
		const before = await db().$count(conversations, eq(conversations.networkId, networkId));
		const empty = await handleForm(post({ body: '', accountIds: other.id }), startConversationInput, (input) =>
			startConversation({ actor: member.actor, networkId, ...input })
		);
		expect(empty).toMatchObject({ status: 400, data: { errors: { body: expect.stringContaining('Écrivez') } } });
		const nobody = await handleForm(post({ body: 'Bonjour' }), startConversationInput, (input) =>
			startConversation({ actor: member.actor, networkId, ...input })
		);
		expect(nobody).toMatchObject({ status: 400, data: { errors: { accountIds: 'Cochez au moins une option.' } } });
		expect(await db().$count(conversations, eq(conversations.networkId, networkId))).toBe(before);
	});

	it('4 000 characters are accepted; the database refuses more, whatever the code does', async () => {
		const { networkId, member, id } = await world();
		await sendMessage({ actor: member.actor, networkId, conversationId: id, body: 'é'.repeat(4000) });
		await expect(
			sendMessage({ actor: member.actor, networkId, conversationId: id, body: 'é'.repeat(4001) })
		).rejects.toThrow();
		expect(await db().$count(messages, eq(messages.conversationId, id))).toBe(2);
	});

	it('script tags are kept as text, to be shown as text; control characters are dropped', async () => {
		const { networkId, member, other, id } = await world();
		const typed = '<script>alert("coucou")</script> <3\u0000\r\nà bientôt';
		const result = await handleForm(post({ body: typed }), sendMessageInput, async (input) => {
			await sendMessage({ actor: member.actor, networkId, conversationId: id, body: input.body });
			return { sent: true };
		});
		expect(result).toEqual({ sent: true });
		const thread = await getConversation({ actor: other.actor, networkId, conversationId: id });
		expect(thread.messages.at(-1)!.body).toBe('<script>alert("coucou")</script> <3\nà bientôt');
	});
});
