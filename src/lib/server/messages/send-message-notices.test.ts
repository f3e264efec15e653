// Email notices of new private messages: throttled, never the message text (decision 018).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { emails, notifications } from '../db/schema/index.ts';
import { runSweeps } from '../jobs/worker.ts';
import { getConversation } from './get-conversation.ts';
import { leaveConversation } from './leave-conversation.ts';
import { sendMessage } from './send-message.ts';
import { sendMessageNotices } from './send-message-notices.ts';
import { startConversation } from './start-conversation.ts';
import { DEFAULT_DELIVERY } from '../notifications/kinds.ts';
import { setPreferences } from '../notifications/preferences.ts';

const MINUTE = 60_000;
const origin = 'https://entrelien.example.org';
const emailsTo = (address: string) => db().select().from(emails).where(eq(emails.toAddress, address));

beforeAll(() => useConfig(loadConfig({ ORIGIN: origin })));
afterAll(() => useConfig(undefined));

async function pair(options: { email?: null } = {}) {
	const { network } = await createNetworkWithPeople();
	const amina = await createMember(network.id, { name: 'Amina Diallo' });
	const karim = await createMember(network.id, { name: 'Karim Benali', ...options });
	const id = await startConversation({
		actor: await actorOf(amina.id),
		networkId: network.id,
		accountIds: [karim.id],
		body: 'Le code de la porte est 4521'
	});
	return { network, networkId: network.id, amina, karim, id };
}

describe('sendMessageNotices', () => {
	it('two unread messages → one email after 15 minutes, naming who wrote, linking, without the text', async () => {
		const { network, networkId, amina, karim, id } = await pair();
		await sendMessage({ actor: await actorOf(amina.id), networkId, conversationId: id, body: 'Et apportez un seau' });

		advanceClock(10 * MINUTE);
		await sendMessageNotices();
		expect(await emailsTo(karim.email!)).toHaveLength(0);

		advanceClock(6 * MINUTE);
		await sendMessageNotices();
		await sendMessageNotices();
		const sent = await emailsTo(karim.email!);
		expect(sent).toHaveLength(1);
		expect(sent[0].subject).toBe(`Amina Diallo vous a écrit — ${network.name}`);
		expect(sent[0].textBody).toContain('Bonjour Karim Benali');
		expect(sent[0].textBody).toContain(network.name);
		expect(sent[0].textBody).toContain(`${origin}/messages/${id}`);
		expect(sent[0].textBody).not.toContain('4521');
		expect(sent[0].htmlBody).not.toContain('4521');
		expect(sent[0].textBody).not.toContain(amina.email!);
		expect(await emailsTo(amina.email!)).toHaveLength(0);
	});

	it('waits a few hours before the next notice for the same conversation', async () => {
		const { networkId, amina, karim, id } = await pair();
		advanceClock(16 * MINUTE);
		await sendMessageNotices();
		await sendMessage({ actor: await actorOf(amina.id), networkId, conversationId: id, body: 'Vous êtes là ?' });
		advanceClock(60 * MINUTE);
		await sendMessageNotices();
		expect(await emailsTo(karim.email!)).toHaveLength(1);
		advanceClock(2 * 60 * MINUTE + MINUTE);
		await sendMessageNotices();
		expect(await emailsTo(karim.email!)).toHaveLength(2);
		// Nothing new since: no third email, however long one waits.
		advanceClock(6 * 60 * MINUTE);
		await sendMessageNotices();
		expect(await emailsTo(karim.email!)).toHaveLength(2);
	});

	it('nothing once the messages are read, nor after leaving', async () => {
		const read = await pair();
		await getConversation({ actor: await actorOf(read.karim.id), networkId: read.networkId, conversationId: read.id });
		const left = await pair();
		await leaveConversation({
			actor: await actorOf(left.karim.id),
			networkId: left.networkId,
			conversationId: left.id
		});
		advanceClock(20 * MINUTE);
		await sendMessageNotices();
		expect(await emailsTo(read.karim.email!)).toHaveLength(0);
		expect(await emailsTo(left.karim.email!)).toHaveLength(0);
	});

	it('a member without email gets none, and is not looked at again at every sweep', async () => {
		const { karim } = await pair({ email: null });
		expect(karim.email).toBeNull();
		const before = await db().$count(emails);
		advanceClock(20 * MINUTE);
		expect(await sendMessageNotices()).toBeGreaterThanOrEqual(1);
		expect(await db().$count(emails)).toBe(before);
		expect(await sendMessageNotices()).toBe(0);
	});

	it('follows the person’s preference for messages: the daily digest, or the app only', async () => {
		const digest = await pair();
		await setPreferences({
			actor: await actorOf(digest.karim.id),
			preferences: { ...DEFAULT_DELIVERY, message: 'digest' }
		});
		const app = await pair();
		await setPreferences({ actor: await actorOf(app.karim.id), preferences: { ...DEFAULT_DELIVERY, message: 'app' } });
		advanceClock(20 * MINUTE);
		await sendMessageNotices();
		expect(await emailsTo(digest.karim.email!)).toHaveLength(0);
		expect(await emailsTo(app.karim.email!)).toHaveLength(0);
		const lines = await db()
			.select({ accountId: notifications.accountId, delivery: notifications.delivery, link: notifications.link })
			.from(notifications)
			.where(eq(notifications.kind, 'message'));
		expect(lines).toEqual(
			expect.arrayContaining([
				{ accountId: digest.karim.id, delivery: 'digest', link: `/messages/${digest.id}` },
				{ accountId: app.karim.id, delivery: 'app', link: `/messages/${app.id}` }
			])
		);
	});

	it('each notice is sent once when several workers sweep at the same time, and it is a worker sweep', async () => {
		const people = await Promise.all([pair(), pair(), pair()]);
		advanceClock(20 * MINUTE);
		await Promise.all([sendMessageNotices(), sendMessageNotices(), runSweeps()]);
		for (const { karim } of people) expect(await emailsTo(karim.email!)).toHaveLength(1);
	});
});
