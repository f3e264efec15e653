import { redirect } from '@sveltejs/kit';
import { findReportableMessage, reportMessage } from '#lib/server/messages/report-message.ts';
import { currentNetworkId } from '#lib/server/web/current-network.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { reportInput } from '#lib/validation/messages.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const scopeOf = (event: RequestEvent) => ({
	actor: event.locals.actor,
	networkId: currentNetworkId(event.locals),
	conversationId: event.params.id,
	messageId: /^\d{1,15}$/.test(event.params.messageId) ? Number(event.params.messageId) : -1
});

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ message: await findReportableMessage(scopeOf(event)), conversationId: event.params.id }));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, reportInput, async (input) => {
			await reportMessage({ ...scopeOf(event), reason: input.reason });
			redirect(303, `/messages/${event.params.id}?fait=signale`);
		})
};
