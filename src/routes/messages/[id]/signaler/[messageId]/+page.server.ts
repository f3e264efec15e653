import { redirect } from '@sveltejs/kit';
import { findReportableMessage, reportMessage } from '#lib/server/messages/report-message.ts';
import { withFlash } from '#lib/server/web/flash.ts';
import { handleForm } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import { reportInput } from '#lib/validation/messages.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const theMessage = (event: RequestEvent) => ({
	...scopeOf(event),
	conversationId: event.params.id,
	messageId: /^\d{1,15}$/.test(event.params.messageId) ? Number(event.params.messageId) : -1
});

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		message: await findReportableMessage(theMessage(event)),
		conversationId: event.params.id
	}));

export const actions: Actions = {
	default: (event) =>
		handleForm(event, reportInput, async (input) => {
			await reportMessage({ ...theMessage(event), reason: input.reason });
			redirect(303, withFlash(`/messages/${event.params.id}`, 'signale'));
		})
};
