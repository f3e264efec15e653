// Private messages (decision 018). A message is free text: `<` and `>` are kept as typed (« <3 », « a > b ») and
// always shown as text, never as HTML. Control characters other than line breaks and tabs are dropped.
import { z } from 'zod';
import { idList } from './fields.ts';

/** The longest message body; the database checks the same limit (messages_body_length). */
export const MESSAGE_MAX_LENGTH = 4000;
/** The longest reason given when reporting a message (message_reports_reason_length). */
export const REPORT_REASON_MAX_LENGTH = 1000;
/** The most people one can start a conversation with at once (besides oneself). */
export const MAX_RECIPIENTS = 20;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function freeText(max: number, codes: { required: string; tooLong: string }) {
	return z
		.string({ error: codes.required })
		.transform((value) => value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim())
		.pipe(z.string().min(1, { error: codes.required }).max(max, { error: codes.tooLong }));
}

export const messageBody = freeText(MESSAGE_MAX_LENGTH, {
	required: 'msg_body_required',
	tooLong: 'msg_body_too_long'
});

export const sendMessageInput = z.object({ body: messageBody });

/** Who to write to: repeated `avec` fields (see formValues), at least one, at most MAX_RECIPIENTS. */
export const startConversationInput = z.object({
	body: messageBody,
	accountIds: idList(MAX_RECIPIENTS)
});

export const introductionConversationInput = z.object({
	body: messageBody,
	introductionId: z.uuid({ error: 'unknown_choice' })
});

export const memberInput = z.object({ accountId: z.uuid({ error: 'unknown_choice' }) });

export const reportInput = z.object({
	reason: freeText(REPORT_REASON_MAX_LENGTH, { required: 'msg_reason_required', tooLong: 'msg_reason_too_long' })
});

export const reportIdInput = z.object({ reportId: z.uuid({ error: 'unknown_choice' }) });
