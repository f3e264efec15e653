// Writes an email to the emails table. With SMTP configured, a job delivers it; without, it stays in the
// outbox (decision 008): the instance administrator sees who, when, subject and status, never the body, and the
// coordinators of the recipient's network may pass on an unsent secret link (waiting-links.ts).
import { now } from '../clock.ts';
import { config } from '../config.ts';
import { db, type Queryable } from '../db/client.ts';
import { emails } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { Composed } from './compose.ts';

export async function queueEmail(options: {
	to: string;
	/** The account written to; null for a guest or an address without an account. Required so no caller forgets it. */
	toAccountId: string | null;
	message: Composed;
	tx?: Queryable;
}): Promise<string> {
	const { message } = options;
	const run = async (q: Queryable) => {
		const smtp = Boolean(config().smtpUrl);
		const [row] = await q
			.insert(emails)
			.values({
				toAddress: options.to,
				toAccountId: options.toAccountId,
				holdsSecretLink: message.holdsSecretLink,
				subject: message.subject,
				textBody: message.text,
				htmlBody: message.html,
				status: smtp ? 'pending' : 'outbox',
				// The application clock, like the links' expiry (tests move it).
				createdAt: now()
			})
			.returning({ id: emails.id });
		if (smtp) await enqueueJob('send-email', { emailId: row.id }, { tx: q });
		return row.id;
	};
	return options.tx ? run(options.tx) : db().transaction(run);
}
