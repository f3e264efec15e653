// A suspended network is silent (decision 007): no notification, no expiry notice, no digest, no guest email,
// while an active network beside it is told as usual.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, createAccount, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { advanceClock } from '../clock.ts';
import { loadConfig, useConfig } from '../config.ts';
import { db } from '../db/client.ts';
import { emails, notifications } from '../db/schema/index.ts';
import { notify } from '../notifications/notify.ts';
import { sendExpiryNotices } from '../posts/send-expiry-notices.ts';
import { suspendNetwork } from './suspend-network.ts';

const DAY = 24 * 60 * 60 * 1000;
beforeAll(() => useConfig(loadConfig({ ORIGIN: 'https://entrelien.example.org' })));
afterAll(() => useConfig(undefined));

const mailsTo = async (address: string) =>
	(await db().select({ n: count() }).from(emails).where(eq(emails.toAddress, address)))[0].n;
const noticesOf = async (accountId: string) =>
	(await db().select({ n: count() }).from(notifications).where(eq(notifications.accountId, accountId)))[0].n;

describe('a suspended network', () => {
	it('tells its members nothing, while an active network is told as usual', async () => {
		const admin = await createAccount({ isInstanceAdmin: true });
		const quiet = await createNetworkWithPeople();
		const open = await createNetworkWithPeople();
		const quietPost = await createPost(quiet.network.id, quiet.member.id);
		const openPost = await createPost(open.network.id, open.member.id);
		await suspendNetwork({ actor: await actorOf(admin.id), networkId: quiet.network.id });

		const told = (networkId: string, accountId: string) =>
			db().transaction((tx) =>
				notify(tx, { networkId, accountId, kind: 'message', params: { name: 'Amina' }, link: '/messages' })
			);
		expect(await told(quiet.network.id, quiet.member.id)).toBe(false);
		expect(await told(open.network.id, open.member.id)).toBe(true);
		expect(await noticesOf(quiet.member.id)).toBe(0);
		expect(await noticesOf(open.member.id)).toBe(1);

		advanceClock(24 * DAY);
		await sendExpiryNotices();
		expect(await mailsTo(quiet.member.email!)).toBe(0);
		expect(await mailsTo(open.member.email!)).toBeGreaterThanOrEqual(1);
		// Both posts count as noticed: the sweep does not come back to the suspended one.
		expect(quietPost.id).not.toBe(openPost.id);
		expect(await sendExpiryNotices()).toBe(0);
	});
});
