// A coordinator opens one unsent email to pass its link on to the member (read aloud, on the phone, written
// down). Each time, a journal row says who saw which member's link (audit_log, action `outbox_link_shown`).
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { isUuid } from '../db/ids.ts';
import { emails } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findWaitingLinks, outboxMode } from './waiting-links.ts';

export async function showWaitingLink(options: { actor: Actor | null; networkId: string; emailId: string }) {
	const coordinator = requireCoordinator(options.actor, options.networkId);
	// Not in the outbox, not theirs to see, expired or unknown: one answer, so nothing is learnt by probing.
	if (!outboxMode() || !isUuid(options.emailId)) throw new AppError('not_found');
	const [email] = await findWaitingLinks(options.networkId, eq(emails.id, options.emailId));
	if (!email) throw new AppError('not_found');
	await recordAudit({
		networkId: options.networkId,
		actor: coordinator,
		action: 'outbox_link_shown',
		subjectAccountId: email.toAccountId,
		subjectId: email.id,
		detail: email.subject
	});
	return { id: email.id, subject: email.subject, toName: email.toName, text: email.textBody };
}
