// Private messages (decision 018). A message is free text: `<` and `>` are kept as typed (« <3 », « a > b ») and
// always shown as text, never as HTML. Control characters other than line breaks and tabs are dropped.
import { z } from 'zod';
import { MAX_COUNT, MAX_LENGTH } from '../limits.ts';
import { idList } from './fields.ts';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function freeText(max: number, codes: { required: string; tooLong: string }) {
	return z
		.string({ error: codes.required })
		.transform((value) => value.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim())
		.pipe(z.string().min(1, { error: codes.required }).max(max, { error: codes.tooLong }));
}

export const messageBody = freeText(MAX_LENGTH.messageBody, {
	required: 'msg_body_required',
	tooLong: 'msg_body_too_long'
});

export const sendMessageInput = z.object({ body: messageBody });

/** Who to write to: repeated `avec` fields (see formValues), at least one, at most MAX_COUNT.messageRecipients. */
export const startConversationInput = z.object({
	body: messageBody,
	accountIds: idList(MAX_COUNT.messageRecipients)
});

export const introductionConversationInput = z.object({
	body: messageBody,
	introductionId: z.uuid({ error: 'unknown_choice' })
});

export const memberInput = z.object({ accountId: z.uuid({ error: 'unknown_choice' }) });

export const reportInput = z.object({
	reason: freeText(MAX_LENGTH.messageReportReason, { required: 'msg_reason_required', tooLong: 'msg_reason_too_long' })
});

export const reportIdInput = z.object({ reportId: z.uuid({ error: 'unknown_choice' }) });
