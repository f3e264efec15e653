// The job that sends one email over SMTP. Throws on failure so the job is retried.
import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { now } from '../clock.ts';
import { config } from '../config.ts';
import { db } from '../db/client.ts';
import { emails } from '../db/schema/index.ts';

let transport: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
	if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
	return transport.transporter;
}

export async function deliverEmail(emailId: string): Promise<void> {
	const [email] = await db().select().from(emails).where(eq(emails.id, emailId)).limit(1);
	if (!email || email.status === 'sent') return;
	const { smtpUrl, mailFrom } = config();
	if (!smtpUrl) {
		await db().update(emails).set({ status: 'outbox' }).where(eq(emails.id, emailId));
		return;
	}
	try {
		await transporterFor(smtpUrl).sendMail({
			from: mailFrom,
			to: email.toAddress,
			subject: email.subject,
			text: email.textBody,
			html: email.htmlBody
		});
		await db()
			.update(emails)
			.set({ status: 'sent', sentAt: now(), attempts: email.attempts + 1, lastError: null })
			.where(eq(emails.id, emailId));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		await db()
			.update(emails)
			.set({ status: 'failed', attempts: email.attempts + 1, lastError: message.slice(0, 2000) })
			.where(eq(emails.id, emailId));
		throw error;
	}
}
