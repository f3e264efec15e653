import { count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { actorOf, createAccount, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { filledNetwork } from '../../../../tests/filled-network.ts';
import { createSession } from '../auth/sessions.ts';
import { readCalendarFeed } from '../calendars/read-calendar-feed.ts';
import { db } from '../db/client.ts';
import { auditLog, networks, posts } from '../db/schema/index.ts';
import { getGuestPlace } from '../events/guests/guest-place.ts';
import { getInvitation } from '../events/guests/invitation.ts';
import { listPosts } from '../posts/list-posts.ts';
import { readPost } from '../posts/read-post.ts';
import { currentNetworkId, forgetVisitorNetwork, requestContext } from '../web/current-network.ts';
import { chooseNetwork } from './choose-network.ts';
import { listNetworks } from './find-network.ts';
import { joinNetwork } from './join-network.ts';
import { signUp } from './sign-up.ts';
import { resumeNetwork, suspendNetwork } from './suspend-network.ts';

const origin = 'http://127.0.0.1:3000';

async function admin() {
	const account = await createAccount({ isInstanceAdmin: true });
	return actorOf(account.id);
}

async function networkRow(id: string) {
	const [row] = await db().select().from(networks).where(eq(networks.id, id));
	return row;
}

const journal = (networkId: string) => db().select().from(auditLog).where(eq(auditLog.subjectId, networkId));

/** What a page would do with the request's context: the current network's id, or the refusal. */
async function pageNetwork(token: string) {
	const context = await requestContext(token);
	const locals = { actor: context.actor, network: context.network, suspendedNetworks: context.suspendedNetworks };
	try {
		return currentNetworkId(locals);
	} catch (error) {
		return error;
	}
}

describe('suspendNetwork and resumeNetwork', () => {
	beforeEach(() => forgetVisitorNetwork());

	it('suspend with the date and resume, once each (a second click changes nothing), with journal rows', async () => {
		const actor = await admin();
		const { network } = await createNetworkWithPeople();
		expect(await suspendNetwork({ actor, networkId: network.id })).toEqual({ changed: true });
		const suspended = await networkRow(network.id);
		expect(suspended.status).toBe('suspended');
		expect(suspended.suspendedAt).toBeInstanceOf(Date);
		expect(await suspendNetwork({ actor, networkId: network.id })).toEqual({ changed: false });
		expect((await networkRow(network.id)).suspendedAt).toEqual(suspended.suspendedAt);

		expect(await resumeNetwork({ actor, networkId: network.id })).toEqual({ changed: true });
		expect(await networkRow(network.id)).toMatchObject({ status: 'active', suspendedAt: null });
		expect(await resumeNetwork({ actor, networkId: network.id })).toEqual({ changed: false });

		const entries = await journal(network.id);
		expect(entries.map((e) => e.action).sort()).toEqual(['network_resumed', 'network_suspended']);
		expect(entries.every((e) => e.networkId === null && e.actorAccountId === actor.accountId)).toBe(true);
	});

	it('are for the instance administrator only, and change nothing otherwise', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		for (const [who, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden'],
			[coordinator.actor, 'forbidden']
		] as const) {
			await expect(suspendNetwork({ actor: who, networkId: network.id })).rejects.toMatchObject({ code });
			await expect(resumeNetwork({ actor: who, networkId: network.id })).rejects.toMatchObject({ code });
		}
		expect((await networkRow(network.id)).status).toBe('active');
		expect(await journal(network.id)).toEqual([]);
		const actor = await admin();
		for (const networkId of [crypto.randomUUID(), 'abc']) {
			await expect(suspendNetwork({ actor, networkId })).rejects.toMatchObject({ code: 'not_found' });
		}
	});

	it('closes the network to its members: no current network, a sentence, every domain call refused', async () => {
		const actor = await admin();
		const { network, member, coordinator } = await createNetworkWithPeople();
		const session = await createSession(member.id, network.id);
		await suspendNetwork({ actor, networkId: network.id });

		const context = await requestContext(session.token);
		expect(context.network).toBeNull();
		expect(context.actor?.memberships).toEqual([]);
		expect(context.suspendedNetworks).toEqual([{ id: network.id, name: network.name }]);
		expect(await pageNetwork(session.token)).toMatchObject({ code: 'network_suspended' });
		// The actor of any later request leaves the membership out: the policies refuse every use case.
		const memberNow = await actorOf(member.id);
		await expect(listPosts({ actor: memberNow, networkId: network.id })).rejects.toMatchObject({ code: 'not_member' });
		await expect(listPosts({ actor: await actorOf(coordinator.id), networkId: network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
		await expect(
			chooseNetwork({ actor: memberNow, sessionToken: session.token, networkId: network.id })
		).rejects.toMatchObject({ code: 'network_suspended', field: 'network' });

		await resumeNetwork({ actor, networkId: network.id });
		expect((await requestContext(session.token)).network?.id).toBe(network.id);
		expect(await listPosts({ actor: await actorOf(member.id), networkId: network.id })).toBeDefined();
	});

	it('lets a member of two networks go on in the other one', async () => {
		const actor = await admin();
		const a = await createNetworkWithPeople();
		const b = await createNetworkWithPeople();
		const person = await createMember(a.network.id);
		await joinNetwork({ actor: await actorOf(person.id), networkSlug: b.network.slug, origin });
		const session = await createSession(person.id, a.network.id);
		await suspendNetwork({ actor, networkId: a.network.id });
		const context = await requestContext(session.token);
		expect(context.network?.id).toBe(b.network.id);
		expect(context.actor?.memberships.map((m) => m.networkId)).toEqual([b.network.id]);
	});

	it('closes it to newcomers: not listed, no sign-up, no joining', async () => {
		const actor = await admin();
		const { network } = await createNetworkWithPeople({ joinPolicy: 'open' });
		await suspendNetwork({ actor, networkId: network.id });
		expect((await listNetworks()).map((n) => n.id)).not.toContain(network.id);
		await expect(
			signUp({
				name: 'Léa Martin',
				email: `lea.${crypto.randomUUID()}@exemple.org`,
				password: 'un mot de passe solide',
				networkSlug: network.slug,
				origin
			})
		).rejects.toMatchObject({ code: 'network_suspended', field: 'network' });
		const someone = await createAccount();
		await expect(
			joinNetwork({ actor: await actorOf(someone.id), networkSlug: network.slug, origin })
		).rejects.toMatchObject({ code: 'network_suspended' });
	});

	it('hides its public items from visitors and keeps every piece of data for the resumption', async () => {
		const actor = await admin();
		const world = await filledNetwork();
		const { network, publicPost, event, guestToken, feedToken } = world;
		const opened = async () => ({
			post: await readPost({ actor: null, networkId: null, postId: publicPost.id }).then(
				(p) => p.title,
				(e) => e.code
			),
			invitation: await getInvitation({ eventId: event.id, token: event.linkToken! }).then(
				(i) => i.event.title,
				(e) => e.code
			),
			guest: await getGuestPlace({ token: guestToken }).then(
				(g) => g.guest.name,
				(e) => e.code
			),
			feed: await readCalendarFeed({ token: feedToken, origin }).then(
				(f) => f.text.startsWith('BEGIN:VCALENDAR'),
				(e) => e.code
			)
		});
		const open = await opened();
		expect(open).toEqual({ post: publicPost.title, invitation: event.title, guest: 'Sylvie Martin', feed: true });
		const [postsBefore] = await db().select({ n: count() }).from(posts).where(eq(posts.networkId, network.id));

		await suspendNetwork({ actor, networkId: network.id });
		expect(await opened()).toEqual({
			post: 'not_logged_in',
			invitation: 'not_found',
			guest: 'not_found',
			feed: 'not_found'
		});
		const [postsDuring] = await db().select({ n: count() }).from(posts).where(eq(posts.networkId, network.id));
		expect(postsDuring).toEqual(postsBefore);

		await resumeNetwork({ actor, networkId: network.id });
		expect(await opened()).toEqual(open);
	});

	it('is never the visitors’ network', async () => {
		const actor = await admin();
		// The file's database may hold other networks: suspend them all but one.
		const only = await createNetworkWithPeople();
		const others = await db().select({ id: networks.id, status: networks.status }).from(networks);
		for (const other of others) {
			if (other.id !== only.network.id && other.status === 'active') {
				await suspendNetwork({ actor, networkId: other.id });
			}
		}
		forgetVisitorNetwork();
		expect((await requestContext(undefined)).network?.id).toBe(only.network.id);
		await suspendNetwork({ actor, networkId: only.network.id });
		forgetVisitorNetwork();
		expect((await requestContext(undefined)).network).toBeNull();
	});
});
