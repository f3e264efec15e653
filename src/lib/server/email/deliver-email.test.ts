import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServer } from '../../../../tests/mail-server.ts';
import { advanceClock } from '../clock.ts';
import { config, loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { emails, jobs } from '../db/schema/index.ts';
import { runDueJobs } from '../jobs/worker.ts';
import { composeEmail } from './compose.ts';
import { queueEmail } from './queue-email.ts';

const message = (subject: string) =>
	composeEmail({
		lang: 'fr',
		subject,
		greeting: 'Bonjour Amina <script>,',
		paragraphs: ['Réparer un vélo, ça s’apprend à deux.'],
		action: { label: 'Voir', url: 'http://127.0.0.1/annonces?a=1&b=2' },
		footer: 'Entrelien',
		holdsSecretLink: false
	});

let mail: Awaited<ReturnType<typeof startMailServer>>;

beforeAll(async () => {
	mail = await startMailServer();
});
afterAll(async () => {
	useConfig(undefined);
	await mail.stop();
});

describe('emails without SMTP', () => {
	it('stay in the outbox and create no job', async () => {
		useConfig(loadConfig({}));
		const jobsBefore = await db().$count(jobs);
		const id = await queueEmail({ to: 'amina@exemple.org', toAccountId: null, message: message('Sans serveur') });
		const [row] = await db().select().from(emails).where(eq(emails.id, id));
		expect(row.status).toBe('outbox');
		expect(await db().$count(jobs)).toBe(jobsBefore);
	});
});

describe('emails with SMTP', () => {
	it('are delivered by the job worker, accents and plain-text part intact, HTML escaped', async () => {
		useConfig(loadConfig({ SMTP_URL: mail.url }));
		const id = await queueEmail({
			to: 'amina@exemple.org',
			toAccountId: null,
			message: message('Échange de savoirs à Nanterre')
		});
		expect(await runDueJobs()).toBeGreaterThanOrEqual(1);
		const got = mail.received.find((m) => m.subject === 'Échange de savoirs à Nanterre');
		expect(got?.to).toBe('amina@exemple.org');
		expect(got?.text).toContain('Réparer un vélo, ça s’apprend à deux.');
		expect(got?.text).toContain('Voir : http://127.0.0.1/annonces?a=1&b=2');
		expect(got?.html).toContain('Bonjour Amina &lt;script&gt;,');
		expect(got?.html).not.toContain('<script>');
		const [row] = await db().select().from(emails).where(eq(emails.id, id));
		expect(row.status).toBe('sent');
		expect(row.sentAt).not.toBeNull();
	});

	it('are sent once even when several workers run at the same time', async () => {
		useConfig(loadConfig({ SMTP_URL: mail.url }));
		const subjects = Array.from({ length: 6 }, (_, i) => `Concurrence ${i}`);
		for (const s of subjects) await queueEmail({ to: 'karim@exemple.org', toAccountId: null, message: message(s) });
		await Promise.all([runDueJobs(), runDueJobs(), runDueJobs()]);
		for (const s of subjects) expect(mail.received.filter((m) => m.subject === s)).toHaveLength(1);
	});

	it('are retried later when the server refuses them, then given up after the last attempt', async () => {
		const refusing = await startMailServer({ rejectAll: true });
		try {
			useConfig(loadConfig({ SMTP_URL: refusing.url }));
			const id = await queueEmail({ to: 'fatou@exemple.org', toAccountId: null, message: message('Refusé') });
			await runDueJobs();
			let [job] = await db()
				.select()
				.from(jobs)
				.where(eq(jobs.payload, { emailId: id }));
			expect(job.attempts).toBe(1);
			expect(job.lastError).toMatch(/Boîte pleine/);
			expect(job.doneAt).toBeNull();
			expect(job.runAt.getTime()).toBeGreaterThan(Date.now());
			for (let i = 0; i < job.maxAttempts; i++) {
				advanceClock(10 * 60 * 1000);
				await runDueJobs();
			}
			[job] = await db()
				.select()
				.from(jobs)
				.where(eq(jobs.payload, { emailId: id }));
			expect(job.attempts).toBe(job.maxAttempts);
			expect(job.failedAt).not.toBeNull();
			const [row] = await db().select().from(emails).where(eq(emails.id, id));
			expect(row.status).toBe('failed');
		} finally {
			await refusing.stop();
		}
	});

	it('keeps the configuration it was given', () => {
		expect(config().smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:/);
	});
});
