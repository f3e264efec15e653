import { redirect } from '@sveltejs/kit';
import { describeRecipients } from '#lib/server/messages/new-conversation-choices.ts';
import { startConversation } from '#lib/server/messages/start-conversation.ts';
import { findIntroductionConversation, writeAboutIntroduction } from '#lib/server/messages/write-about-introduction.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm, readForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { introductionConversationInput, startConversationInput } from '#lib/validation/messages.ts';
import type { Actions, PageServerLoad } from './$types';

// /messages/nouvelle?avec=<member id> (repeatable), or ?mise-en-relation=<introduction id>, which goes straight to
// the introduction's conversation when it exists and the actor is in it.
export const load: PageServerLoad = (event) =>
	guard(event, async () => {
		const scope = { actor: event.locals.actor, networkId: currentNetworkId(event.locals) };
		const introductionId = event.url.searchParams.get('mise-en-relation') ?? undefined;
		if (introductionId !== undefined) {
			const existing = await findIntroductionConversation({ ...scope, introductionId });
			if (existing?.present) redirect(303, `/messages/${existing.id}`);
			const recipients = await describeRecipients({ ...scope, introductionId });
			return { ...recipients, introductionId, accountIds: [] as string[] };
		}
		const accountIds = event.url.searchParams.getAll('avec');
		const recipients = await describeRecipients({ ...scope, accountIds });
		return { ...recipients, introductionId: null, accountIds };
	});

export const actions: Actions = {
	// One form, two schemas: with an introduction's id it writes in that introduction's conversation. The fields are
	// read once (readForm); an unreadable body and a missing network are answered by handleForm.
	default: async (event) => {
		const aboutIntroduction = 'introductionId' in ((await readForm(event)) ?? {});
		const scope = () => ({ actor: event.locals.actor, networkId: currentNetworkId(event.locals) });
		if (aboutIntroduction) {
			return handleForm(event, introductionConversationInput, async (input) => {
				const id = await writeAboutIntroduction({ ...scope(), ...input });
				redirect(303, `/messages/${id}?fait=envoye`);
			});
		}
		return handleForm(event, startConversationInput, async (input) => {
			const id = await startConversation({ ...scope(), ...input });
			redirect(303, `/messages/${id}?fait=envoye`);
		});
	}
};
