import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { blockMember, unblockMember } from '#lib/server/messages/block-member.ts';
import { getConversation } from '#lib/server/messages/get-conversation.ts';
import { leaveConversation } from '#lib/server/messages/leave-conversation.ts';
import { sendMessage } from '#lib/server/messages/send-message.ts';
import { shareEmail } from '#lib/server/messages/share-email.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { memberInput, sendMessageInput } from '#lib/validation/messages.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// After a redirect, ?fait=… says what was just done (the sentence to show, nothing else).
const DONE = ['envoye', 'signale'] as const;

const scopeOf = (event: RequestEvent) => ({
	actor: event.locals.actor,
	networkId: currentNetworkId(event.locals),
	conversationId: event.params.id
});

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const before = Number(event.url.searchParams.get('avant'));
		const conversation = await getConversation({
			...scopeOf(event),
			beforeId: Number.isSafeInteger(before) && before > 0 ? before : undefined
		});
		const done = DONE.find((d) => d === event.url.searchParams.get('fait'));
		return { conversation, done, paged: event.url.searchParams.has('avant') };
	});

export const actions: Actions = {
	send: (event) =>
		handleForm(event, sendMessageInput, async (input) => {
			await sendMessage({ ...scopeOf(event), body: input.body });
			redirect(303, `/messages/${event.params.id}?fait=envoye#repondre`);
		}),
	share: (event) =>
		handleForm(event, z.object({}), async () => {
			await shareEmail(scopeOf(event));
			redirect(303, `/messages/${event.params.id}?fait=envoye#repondre`);
		}),
	leave: (event) =>
		handleForm(event, z.object({}), async () => {
			await leaveConversation(scopeOf(event));
			return { left: true };
		}),
	block: (event) =>
		handleForm(event, memberInput, async (input) => {
			const { actor, networkId } = scopeOf(event);
			await blockMember({ actor, networkId, accountId: input.accountId });
			return { blocked: true };
		}),
	unblock: (event) =>
		handleForm(event, memberInput, async (input) => {
			const { actor, networkId } = scopeOf(event);
			await unblockMember({ actor, networkId, accountId: input.accountId });
			return { unblocked: true };
		})
};
