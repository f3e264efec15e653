import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { advanceClock, now } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { emails, notifications } from '../db/schema/index.ts';
import { SWEEP_BATCH } from '../jobs/batches.ts';
import { runSweeps } from '../jobs/worker.ts';
import { DEFAULT_DELIVERY, DIGEST_HOUR, parisDay } from './kinds.ts';
import { notify } from './notify.ts';
import { setPreferences } from './preferences.ts';
import { sendDigests } from './send-digests.ts';

const origin = 'https://entrelien.example.org';
const emailsTo = (address: string) => db().select().from(emails).where(eq(emails.toAddress, address));

beforeAll(() => useConfig(loadConfig({ ORIGIN: origin })));
afterAll(() => useConfig(undefined));

/** Moves the clock forward to the next time it is `hour`:00–:14 in Europe/Paris. */
function advanceToParisHour(hour: number) {
	advanceClock(15 * 60 * 1000);
	while (parisDay(now()).hour !== hour) advanceClock(15 * 60 * 1000);
}

async function suggest(networkId: string, accountId: string, title: string) {
	await db().transaction((tx) =>
		notify(tx, { networkId, accountId, kind: 'match', params: { title }, link: `/annonces/${title.length}` })
	);
}

describe('sendDigests', () => {
	it('sends one email a day from 8 o’clock with everything waiting, then nothing until the next day', async () => {
		const { network, member } = await createNetworkWithPeople();
		advanceToParisHour(DIGEST_HOUR - 1);
		await suggest(network.id, member.id, 'Réparer mon vélo');
		await suggest(network.id, member.id, 'Déboucher un évier');
		expect(await sendDigests()).toBe(0);
		expect(await emailsTo(member.email!)).toHaveLength(0);

		advanceToParisHour(DIGEST_HOUR);
		await runSweeps();
		const [digest, ...more] = await emailsTo(member.email!);
		expect(more).toHaveLength(0);
		expect(digest.subject).toBe(`Votre résumé du jour — ${network.name}`);
		expect(digest.textBody).toContain('« Réparer mon vélo »');
		expect(digest.textBody).toContain('« Déboucher un évier »');
		expect(digest.textBody).toContain(`${origin}/notifications`);
		const rows = await db().select().from(notifications).where(eq(notifications.accountId, member.id));
		expect(rows.every((r) => r.emailedAt !== null)).toBe(true);

		// Later the same day: a new suggestion waits for tomorrow's digest.
		await suggest(network.id, member.id, 'Poser une étagère');
		advanceClock(60 * 60 * 1000);
		await sendDigests();
		expect(await emailsTo(member.email!)).toHaveLength(1);
		advanceToParisHour(DIGEST_HOUR);
		await sendDigests();
		const all = await emailsTo(member.email!);
		expect(all).toHaveLength(2);
		expect(all.find((e) => e.id !== digest.id)!.textBody).toContain('« Poser une étagère »');
	});

	it('leaves out what was read in the app, and the kinds not chosen for the digest', async () => {
		const { network, member } = await createNetworkWithPeople();
		await setPreferences({ actor: member.actor, preferences: { ...DEFAULT_DELIVERY, thanks: 'app' } });
		await suggest(network.id, member.id, 'Lu');
		await db().update(notifications).set({ readAt: now() }).where(eq(notifications.accountId, member.id));
		await db().transaction((tx) =>
			notify(tx, {
				networkId: network.id,
				accountId: member.id,
				kind: 'thanks',
				params: { name: 'Anne' },
				link: '/membres/x'
			})
		);
		advanceToParisHour(DIGEST_HOUR);
		expect(await sendDigests()).toBe(0);
		expect(await emailsTo(member.email!)).toHaveLength(0);
	});

	it('sends nothing to a member without email, and one digest per network', async () => {
		const { network, member } = await createNetworkWithPeople();
		const noEmail = await createMember(network.id, { email: null });
		const other = await createNetworkWithPeople();
		await suggest(network.id, noEmail.id, 'Couture');
		const again = await createMember(other.network.id, { email: `autre.${member.email}` });
		await suggest(network.id, member.id, 'Vélo');
		await suggest(other.network.id, again.id, 'Jardin');
		advanceToParisHour(DIGEST_HOUR);
		await Promise.all([sendDigests(), sendDigests()]);
		expect(await emailsTo(member.email!)).toHaveLength(1);
		expect(await emailsTo(again.email!)).toHaveLength(1);
		const [waiting] = await db().select().from(notifications).where(eq(notifications.accountId, noEmail.id));
		expect(waiting.emailedAt).toBeNull();
	});

	it('sends each of more people than a batch one digest, even with two sweeps at the same time', async () => {
		const { network } = await createNetworkWithPeople();
		advanceToParisHour(DIGEST_HOUR);
		const people = [];
		for (let i = 0; i < SWEEP_BATCH + 12; i++) {
			const person = await createMember(network.id);
			await suggest(network.id, person.id, `Annonce ${i}`);
			people.push(person);
		}
		const [first, second] = await Promise.all([sendDigests(), sendDigests()]);
		expect(first + second).toBeGreaterThanOrEqual(people.length);
		for (const person of people) expect(await emailsTo(person.email!)).toHaveLength(1);
		expect(await sendDigests()).toBe(0);
	});
});
