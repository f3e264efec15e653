// A real SMTP server on loopback for tests: messages are parsed back with mailparser.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../scripts/lib/postgres-server.ts';

export type CaughtMail = { to: string; subject: string; text: string; html: string };

export async function startMailServer(options: { rejectAll?: boolean } = {}) {
	const received: CaughtMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, _session, callback) {
			if (options.rejectAll) {
				stream.resume();
				stream.on('end', () => callback(new Error('Boîte pleine')));
				return;
			}
			simpleParser(stream)
				.then((mail: ParsedMail) => {
					const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
					received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '', html: String(mail.html || '') });
					callback();
				})
				.catch(callback);
		}
	});
	const port = await freePort();
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `smtp://127.0.0.1:${port}`,
		received,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
