// A real SMTP server on loopback for the e2e journeys. The app sends its mail here over SMTP, exactly as in
// production; each message is parsed with mailparser and appended as one JSON line to a file, which the
// Playwright workers (other processes) read back through `waitForMail` in fixtures.ts.
import { appendFileSync, writeFileSync } from 'node:fs';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../../scripts/lib/postgres-server.ts';

/** One line of the mail file. `to` holds bare lower-case addresses (envelope and To/Cc headers). */
export type CaughtMail = {
	to: string[];
	from: string;
	subject: string;
	text: string;
	html: string;
	/** When the catcher received it, ISO 8601. */
	date: string;
};

export type MailCatcher = { url: string; file: string; stop: () => Promise<void> };

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
	const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
	return objects.flatMap((o) => o.value.map((a) => a.address ?? '')).filter((a) => a !== '');
}

export async function startMailCatcher(file: string): Promise<MailCatcher> {
	writeFileSync(file, '');
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((mail) => {
					const envelope = session.envelope.rcptTo.map((r) => r.address);
					const to = [
						...new Set([...envelope, ...addresses(mail.to), ...addresses(mail.cc)].map((a) => a.toLowerCase()))
					];
					const line: CaughtMail = {
						to,
						from: mail.from?.text ?? '',
						subject: mail.subject ?? '',
						text: mail.text ?? '',
						html: typeof mail.html === 'string' ? mail.html : '',
						date: new Date().toISOString()
					};
					// One write per message, so a reader never sees half of a line it then trusts.
					appendFileSync(file, JSON.stringify(line) + '\n');
					callback();
				})
				.catch((error: Error) => callback(error));
		}
	});
	const port = await freePort();
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	return {
		url: `smtp://127.0.0.1:${port}`,
		file,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
