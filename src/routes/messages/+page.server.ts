import { listBlockedMembers, unblockMember } from '#lib/server/messages/block-member.ts';
import { listConversations } from '#lib/server/messages/list-conversations.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { memberInput } from '#lib/validation/messages.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		const [conversations, blocked] = await Promise.all([listConversations(scope), listBlockedMembers(scope)]);
		return { conversations, blocked };
	});

export const actions: Actions = {
	unblock: (event) =>
		handleForm(event, memberInput, async (input) => {
			await unblockMember({ ...scopeOf(event), ...input });
			return { unblocked: true };
		})
};
