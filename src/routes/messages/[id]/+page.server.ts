import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { blockMember, unblockMember } from '#lib/server/messages/block-member.ts';
import { getConversation } from '#lib/server/messages/get-conversation.ts';
import { leaveConversation } from '#lib/server/messages/leave-conversation.ts';
import { sendMessage } from '#lib/server/messages/send-message.ts';
import { shareEmail } from '#lib/server/messages/share-email.ts';
import { flashOf, withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { memberInput, sendMessageInput } from '#lib/validation/messages.ts';
import { conversationQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const theConversation = (event: RequestEvent) => ({ ...scopeOf(event), conversationId: event.params.id });

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const { beforeId, paged } = handleQuery(event, conversationQuery);
		const conversation = await getConversation({ ...theConversation(event), beforeId });
		return { conversation, done: flashOf(event, ['envoye', 'signale']), paged };
	});

export const actions: Actions = {
	send: (event) =>
		handleForm(event, sendMessageInput, async (input) => {
			await sendMessage({ ...theConversation(event), body: input.body });
			redirect(303, withFlash(`/messages/${event.params.id}#repondre`, 'envoye'));
		}),
	share: (event) =>
		handleForm(event, z.object({}), async () => {
			await shareEmail(theConversation(event));
			redirect(303, withFlash(`/messages/${event.params.id}#repondre`, 'envoye'));
		}),
	leave: (event) =>
		handleForm(event, z.object({}), async () => {
			await leaveConversation(theConversation(event));
			return { left: true };
		}),
	block: (event) =>
		handleForm(event, memberInput, async (input) => {
			await blockMember({ ...scopeOf(event), accountId: input.accountId });
			return { blocked: true };
		}),
	unblock: (event) =>
		handleForm(event, memberInput, async (input) => {
			await unblockMember({ ...scopeOf(event), accountId: input.accountId });
			return { unblocked: true };
		})
};
