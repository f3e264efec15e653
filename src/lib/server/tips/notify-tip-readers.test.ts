import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../../../tests/factories.ts';
import { tipContent, tipWorld } from '../../../../tests/tip-world.ts';
import { actorOf } from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { emails, jobs, notifications } from '../db/schema/index.ts';
import { runDueJobs } from '../jobs/worker.ts';
import { DEFAULT_DELIVERY, DIGEST_HOUR, parisDay, type Delivery } from '../notifications/kinds.ts';
import { setPreferences } from '../notifications/preferences.ts';
import { sendDigests } from '../notifications/send-digests.ts';
import { createTip } from './create-tip.ts';
import { notifyTipReaders } from './notify-tip-readers.ts';

beforeAll(() => useConfig(loadConfig({ ORIGIN: 'https://entrelien.example.org' })));
afterAll(() => useConfig(undefined));

const emailsTo = (address: string) => db().select().from(emails).where(eq(emails.toAddress, address));
const tipNotices = (tipId: string) =>
	db()
		.select({ accountId: notifications.accountId, delivery: notifications.delivery })
		.from(notifications)
		.where(and(eq(notifications.kind, 'tip'), eq(notifications.link, `/bons-plans/${tipId}`)));

async function reader(networkId: string, tip: Delivery | null) {
	const person = await createMember(networkId);
	const actor = await actorOf(person.id);
	if (tip) await setPreferences({ actor, preferences: { ...DEFAULT_DELIVERY, tip } });
	return person;
}

describe('a new tip tells the members who asked for tips', () => {
	it('by email or in the digest; nobody with the default (the board), not its author, once even if run again', async () => {
		const w = await tipWorld();
		expect(DEFAULT_DELIVERY.tip).toBe('app');
		const byDigest = await reader(w.networkId, 'digest');
		const byEmail = await reader(w.networkId, 'email');
		await reader(w.networkId, 'app');
		await reader(w.networkId, null);
		await setPreferences({ actor: w.karim.actor, preferences: { ...DEFAULT_DELIVERY, tip: 'email' } });
		const outsider = await tipWorld();
		await reader(outsider.networkId, 'email');

		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		expect(await db().$count(jobs, eq(jobs.kind, 'notify-tip'))).toBeGreaterThan(0);
		await runDueJobs(50);
		const told = await tipNotices(tip.id);
		expect(told.sort((a, b) => a.accountId.localeCompare(b.accountId))).toEqual(
			[
				{ accountId: byDigest.id, delivery: 'digest' },
				{ accountId: byEmail.id, delivery: 'email' }
			].sort((a, b) => a.accountId.localeCompare(b.accountId))
		);
		expect(await notifyTipReaders(tip.id)).toBe(0);
		expect(await tipNotices(tip.id)).toHaveLength(2);

		const [mail] = await emailsTo(byEmail.email!);
		expect(mail.textBody).toContain('Nouveau bon plan : « Ateliers numériques gratuits à la médiathèque ».');
		expect(mail.textBody).toContain(`/bons-plans/${tip.id}`);
	});

	it('in the daily digest: send-digests lists the tip with the day’s other lines', async () => {
		const w = await tipWorld();
		const byDigest = await reader(w.networkId, 'digest');
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		await notifyTipReaders(tip.id);
		advanceClock(15 * 60 * 1000);
		while (parisDay(now()).hour !== DIGEST_HOUR) advanceClock(15 * 60 * 1000);
		await sendDigests();
		const [digest] = await emailsTo(byDigest.email!);
		expect(digest.textBody).toContain('Nouveau bon plan : « Ateliers numériques gratuits à la médiathèque ».');
	});

	it('says nothing about a tip hidden or expired before the job ran', async () => {
		const w = await tipWorld();
		await reader(w.networkId, 'email');
		const tip = await createTip({ actor: w.karim.actor, networkId: w.networkId, ...tipContent() });
		advanceClock(61 * 24 * 60 * 60 * 1000);
		expect(await notifyTipReaders(tip.id)).toBe(0);
		expect(await notifyTipReaders('not-a-uuid')).toBe(0);
	});
});
