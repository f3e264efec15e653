import { redirect } from '@sveltejs/kit';
import { describeRecipients } from '#lib/server/messages/new-conversation-choices.ts';
import { startConversation } from '#lib/server/messages/start-conversation.ts';
import { findIntroductionConversation, writeAboutIntroduction } from '#lib/server/messages/write-about-introduction.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm, readForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { handleQuery } from '#lib/server/web/query.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { introductionConversationInput, startConversationInput } from '#lib/validation/messages.ts';
import { newConversationQuery } from '#lib/validation/queries.ts';
import type { Actions, PageServerLoad } from './$types';

// /messages/nouvelle?avec=<member id> (repeatable), or ?mise-en-relation=<introduction id>, which goes straight to
// the introduction's conversation when it exists and the actor is in it.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = scopeOf(event);
		const { 'mise-en-relation': introductionId, avec: accountIds } = handleQuery(event, newConversationQuery);
		if (introductionId !== undefined) {
			const existing = await findIntroductionConversation({ ...scope, introductionId });
			if (existing?.present) redirect(303, `/messages/${existing.id}`);
			const recipients = await describeRecipients({ ...scope, introductionId });
			return { ...recipients, introductionId, accountIds: [] as string[] };
		}
		const recipients = await describeRecipients({ ...scope, accountIds });
		return { ...recipients, introductionId: null, accountIds };
	});

export const actions: Actions = {
	// One form, two schemas: with an introduction's id it writes in that introduction's conversation. The fields are
	// read once (readForm); an unreadable body and a missing network are answered by handleForm.
	default: async (event) => {
		if ('introductionId' in ((await readForm(event)) ?? {})) {
			return handleForm(event, introductionConversationInput, async (input) => {
				const id = await writeAboutIntroduction({ ...scopeOf(event), ...input });
				redirect(303, withFlash(`/messages/${id}`, 'envoye'));
			});
		}
		return handleForm(event, startConversationInput, async (input) => {
			const id = await startConversation({ ...scopeOf(event), ...input });
			redirect(303, withFlash(`/messages/${id}`, 'envoye'));
		});
	}
};
