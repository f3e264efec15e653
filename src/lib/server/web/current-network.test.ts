import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { actorOf, createAccount, createMember, createNetwork } from '../../../../tests/factories.ts';
import { loadActor } from '../accounts/find-account.ts';
import { createSession, endSession, findSession, SESSION_DAYS } from '../auth/sessions.ts';
import { advanceClock, now } from '../clock.ts';
import { db } from '../db/client.ts';
import { memberships, networks } from '../db/schema/index.ts';
import { countUnreadMessages } from '../messages/count-unread.ts';
import { startConversation } from '../messages/start-conversation.ts';
import { notify } from '../notifications/notify.ts';
import { unreadNotificationCount } from '../notifications/list-notifications.ts';
import { currentNetwork, forgetVisitorNetwork, requestContext } from './current-network.ts';

const DAY = 24 * 60 * 60 * 1000;

async function join(networkId: string, accountId: string, status: 'active' | 'pending' | 'refused' = 'active') {
	await db()
		.insert(memberships)
		.values({ networkId, accountId, role: 'member', status, decidedAt: status === 'pending' ? null : now() });
}

/** What the hook used to compute with three helpers and four queries. */
async function slowContext(token: string) {
	const found = await findSession(token);
	const actor = found ? await loadActor(found.accountId) : null;
	return { actor, network: await currentNetwork(actor, found?.currentNetworkId), unread: null, suspendedNetworks: [] };
}

describe('requestContext (the session hook’s one query)', () => {
	beforeEach(() => forgetVisitorNetwork());

	it('gives the account, all its memberships and the network chosen in the session', async () => {
		const a = await createNetwork();
		const b = await createNetwork();
		const person = await createMember(a.id, { role: 'coordinator', name: 'Aïssatou Diallo' });
		await join(b.id, person.id, 'pending');
		const session = await createSession(person.id, b.id);
		const { actor, network } = await requestContext(session.token);
		expect(actor).toMatchObject({ accountId: person.id, name: 'Aïssatou Diallo', email: person.email, locale: 'fr' });
		expect(actor?.isInstanceAdmin).toBe(false);
		expect(actor?.memberships).toEqual(
			expect.arrayContaining([
				{ networkId: a.id, role: 'coordinator', status: 'active' },
				{ networkId: b.id, role: 'member', status: 'pending' }
			])
		);
		expect(actor?.memberships).toHaveLength(2);
		expect(network).toMatchObject({ id: b.id, slug: b.slug, name: b.name, town: b.town, joinPolicy: b.joinPolicy });
		expect(await requestContext(session.token)).toEqual(await slowContext(session.token));
	});

	it('falls back to the first active network, then a pending one, when none is chosen', async () => {
		const a = await createNetwork();
		const b = await createNetwork();
		const person = await createAccount();
		await join(a.id, person.id, 'pending');
		await join(b.id, person.id, 'active');
		const session = await createSession(person.id);
		expect((await requestContext(session.token)).network?.id).toBe(b.id);
		await db().update(memberships).set({ status: 'refused' }).where(eq(memberships.networkId, b.id));
		expect((await requestContext(session.token)).network?.id).toBe(a.id);
		expect(await requestContext(session.token)).toEqual(await slowContext(session.token));
	});

	it('never makes a refused network current, even when the session chose it', async () => {
		const a = await createNetwork();
		const b = await createNetwork();
		const person = await createMember(a.id);
		await join(b.id, person.id, 'refused');
		const session = await createSession(person.id, b.id);
		const { actor, network } = await requestContext(session.token);
		expect(network?.id).toBe(a.id);
		expect(actor?.memberships).toContainEqual({ networkId: b.id, role: 'member', status: 'refused' });

		await db()
			.update(memberships)
			.set({ status: 'refused' })
			.where(and(eq(memberships.networkId, a.id), eq(memberships.accountId, person.id)));
		expect((await requestContext(session.token)).network).toBeNull();
		expect((await requestContext(session.token)).actor?.accountId).toBe(person.id);
	});

	it('gives an account without any membership and no network', async () => {
		await createNetwork();
		const person = await createAccount({ isInstanceAdmin: true });
		const session = await createSession(person.id);
		const { actor, network } = await requestContext(session.token);
		expect(actor).toMatchObject({ accountId: person.id, isInstanceAdmin: true, memberships: [] });
		expect(network).toBeNull();
	});

	it('ignores an expired, ended or made-up session: a visitor', async () => {
		const a = await createNetwork();
		const person = await createMember(a.id);
		const expired = await createSession(person.id, a.id);
		const ended = await createSession(person.id, a.id);
		await endSession(ended.token);
		expect((await requestContext(ended.token)).actor).toBeNull();
		expect((await requestContext('invente')).actor).toBeNull();
		advanceClock((SESSION_DAYS + 1) * DAY);
		expect((await requestContext(expired.token)).actor).toBeNull();
	});

	it('gives visitors the network of an instance that has only one, and none when there are several', async () => {
		// The tests before this one left networks in the file's database: start from none, so both cases run.
		await db().delete(networks);
		const only = await createNetwork();
		expect((await requestContext(undefined)).network?.id).toBe(only.id);
		forgetVisitorNetwork();
		await createNetwork();
		expect((await requestContext(undefined)).network).toBeNull();
		expect((await requestContext('invente')).network).toBeNull();
	});

	it('keeps the visitors’ network a few seconds only', async () => {
		await createNetwork();
		await createNetwork();
		expect((await requestContext(undefined)).network).toBeNull();
		await db().delete(networks);
		const only = await createNetwork();
		// Within the few seconds, the earlier answer; after them, the new one.
		expect((await requestContext(undefined)).network).toBeNull();
		advanceClock(6_000);
		expect((await requestContext(undefined)).network?.id).toBe(only.id);
	});

	it('loads the same actor as loadActor', async () => {
		const a = await createNetwork();
		const person = await createMember(a.id);
		const session = await createSession(person.id, a.id);
		expect((await requestContext(session.token)).actor).toEqual(await actorOf(person.id));
	});
});

describe('requestContext with the unread badges (the layout’s two counts, in the same query)', () => {
	/** What the layout used to count with its own two queries. */
	async function layoutCounts(accountId: string, networkId: string) {
		const actor = await actorOf(accountId);
		return {
			notifications: await unreadNotificationCount(accountId, networkId),
			messages: await countUnreadMessages({ actor, networkId })
		};
	}
	const thanks = (networkId: string, accountId: string) =>
		db().transaction((tx) =>
			notify(tx, { networkId, accountId, kind: 'thanks', params: { name: 'Fatou' }, link: '/membres/moi' })
		);

	it('counts the current network’s unread notifications and messages like the layout did', async () => {
		const a = await createNetwork();
		const b = await createNetwork();
		const karim = await createMember(a.id, { name: 'Karim Benali' });
		await join(b.id, karim.id);
		const amina = await createMember(a.id);
		const lea = await createMember(b.id);
		await startConversation({
			actor: await actorOf(amina.id),
			networkId: a.id,
			accountIds: [karim.id],
			body: 'Bonjour'
		});
		await startConversation({ actor: await actorOf(amina.id), networkId: a.id, accountIds: [karim.id], body: 'Re' });
		await startConversation({ actor: await actorOf(lea.id), networkId: b.id, accountIds: [karim.id], body: 'Salut' });
		await thanks(a.id, karim.id);
		await thanks(a.id, karim.id);
		await thanks(b.id, karim.id);

		const inA = await createSession(karim.id, a.id);
		const countsA = await layoutCounts(karim.id, a.id);
		expect(countsA.messages).toBe(2);
		expect(countsA.notifications).toBeGreaterThanOrEqual(2);
		expect((await requestContext(inA.token, { unread: true })).unread).toEqual(countsA);
		const inB = await createSession(karim.id, b.id);
		const countsB = await layoutCounts(karim.id, b.id);
		expect(countsB.messages).toBe(1);
		expect(countsB).not.toEqual(countsA);
		expect((await requestContext(inB.token, { unread: true })).unread).toEqual(countsB);
		// The author's own messages are not unread for her.
		const byAmina = await createSession(amina.id, a.id);
		expect((await requestContext(byAmina.token, { unread: true })).unread).toEqual(await layoutCounts(amina.id, a.id));
		expect((await requestContext(byAmina.token, { unread: true })).unread?.messages).toBe(0);
		// Not asked (a form action): not counted.
		expect((await requestContext(inA.token)).unread).toBeNull();
	});

	it('counts nothing for visitors, pending members and accounts without a network', async () => {
		const network = await createNetwork();
		const pending = await createAccount();
		await join(network.id, pending.id, 'pending');
		const pendingSession = await createSession(pending.id, network.id);
		const { network: current, unread } = await requestContext(pendingSession.token, { unread: true });
		expect(current?.id).toBe(network.id);
		expect(unread).toBeNull();
		const alone = await createSession((await createAccount()).id, null);
		expect((await requestContext(alone.token, { unread: true })).unread).toBeNull();
		expect((await requestContext(undefined, { unread: true })).unread).toBeNull();
		expect((await requestContext('invente', { unread: true })).unread).toBeNull();
	});
});
