// Writes an email to the emails table. With SMTP configured, a job delivers it; without, it stays in the
// outbox that the instance administrator reads at /admin/courriels.
import { config } from '../config.ts';
import { db, type Queryable } from '../db/client.ts';
import { emails } from '../db/schema/index.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { Composed } from './compose.ts';

export async function queueEmail(to: string, message: Composed, tx?: Queryable): Promise<string> {
	const run = async (q: Queryable) => {
		const smtp = Boolean(config().smtpUrl);
		const [row] = await q
			.insert(emails)
			.values({ toAddress: to, ...htmlAndText(message), status: smtp ? 'pending' : 'outbox' })
			.returning({ id: emails.id });
		if (smtp) await enqueueJob('send-email', { emailId: row.id }, { tx: q });
		return row.id;
	};
	return tx ? run(tx) : db().transaction(run);
}

function htmlAndText(message: Composed) {
	return { subject: message.subject, textBody: message.text, htmlBody: message.html };
}
