// The account page's lists (moved out of /compte, issue 12), and joining a network from it, which shows the new
// network in the session that asked.
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetwork, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { createSession, findSession } from '../auth/sessions.ts';
import { joinNetwork } from '../networks/join-network.ts';
import { accountPage } from './account-page.ts';

describe('accountPage', () => {
	it('lists the person’s networks with their state, and the networks they may still join', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetwork({ joinPolicy: 'approval' });
		const c = await createNetwork();
		const person = await createMember(a.network.id);
		const actor = await actorOf(person.id);
		const page = await accountPage({ actor: { ...actor, email: person.email } });
		expect(page.email).toBe(person.email);
		expect(page.memberships.map((m) => [m.network.id, m.status])).toEqual([[a.network.id, 'active']]);
		expect(page.joinable.map((n) => n.id)).toEqual(expect.arrayContaining([b.id, c.id]));
		expect(page.joinable.map((n) => n.id)).not.toContain(a.network.id);
	});

	it('asks a visitor to log in', async () => {
		await expect(accountPage({ actor: null })).rejects.toMatchObject({ code: 'not_logged_in' });
	});
});

describe('joinNetwork with the session that asked', () => {
	it('shows the joined network in that session, waiting or not, and leaves other sessions as they were', async () => {
		const a = await createNetworkWithPeople();
		const b = await createNetwork({ joinPolicy: 'approval' });
		const here = await createSession(a.member.id, a.network.id);
		const elsewhere = await createSession(a.member.id, a.network.id);
		const origin = 'http://127.0.0.1:3000';
		await joinNetwork({ actor: a.member.actor, networkSlug: b.slug, origin, sessionToken: here.token });
		expect((await findSession(here.token))?.currentNetworkId).toBe(b.id);
		expect((await findSession(elsewhere.token))?.currentNetworkId).toBe(a.network.id);
	});
});
