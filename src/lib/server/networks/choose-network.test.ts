import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createMember, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { createSession, findSession } from '../auth/sessions.ts';
import { db } from '../db/client.ts';
import { memberships, sessions } from '../db/schema/index.ts';
import { now } from '../clock.ts';
import { currentNetwork } from '../web/current-network.ts';
import { chooseNetwork } from './choose-network.ts';

/** A person who belongs to networks A and B, with a session currently showing A. */
async function memberOfTwoNetworks() {
	const a = await createNetworkWithPeople();
	const b = await createNetworkWithPeople();
	const person = await createMember(a.network.id, { name: 'Aïssatou Diallo' });
	await db().insert(memberships).values({
		networkId: b.network.id,
		accountId: person.id,
		role: 'member',
		status: 'active',
		decidedAt: now()
	});
	const session = await createSession(person.id, a.network.id);
	return { a, b, person, actor: await actorOf(person.id), session };
}

describe('chooseNetwork', () => {
	it('switches the session to another of the person’s networks', async () => {
		const { b, actor, session } = await memberOfTwoNetworks();
		await chooseNetwork({ actor, sessionToken: session.token, networkId: b.network.id });
		expect((await findSession(session.token))?.currentNetworkId).toBe(b.network.id);
	});

	it('switches only this session, not the person’s other sessions', async () => {
		const { a, b, person, actor, session } = await memberOfTwoNetworks();
		const phone = await createSession(person.id, a.network.id);
		await chooseNetwork({ actor, sessionToken: session.token, networkId: b.network.id });
		expect((await findSession(phone.token))?.currentNetworkId).toBe(a.network.id);
	});

	it('refuses a network the person is not in (not_member), and the session keeps its network', async () => {
		const { a, actor, session } = await memberOfTwoNetworks();
		const elsewhere = await createNetworkWithPeople();
		const error = await chooseNetwork({ actor, sessionToken: session.token, networkId: elsewhere.network.id }).catch(
			(e) => e
		);
		expect(error).toMatchObject({ code: 'not_member', field: 'network' });
		expect((await findSession(session.token))?.currentNetworkId).toBe(a.network.id);
	});

	it('refuses anonymous visitors (not_logged_in)', async () => {
		const { a, b, person } = await memberOfTwoNetworks();
		const session = await createSession(person.id, a.network.id);
		await expect(
			chooseNetwork({ actor: null, sessionToken: session.token, networkId: b.network.id })
		).rejects.toMatchObject({
			code: 'not_logged_in'
		});
		expect((await findSession(session.token))?.currentNetworkId).toBe(a.network.id);
	});

	it('refuses without a session token, and changes no session', async () => {
		const { a, b, person, actor } = await memberOfTwoNetworks();
		await expect(chooseNetwork({ actor, sessionToken: undefined, networkId: b.network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
		const rows = await db().select().from(sessions).where(eq(sessions.accountId, person.id));
		expect(rows.map((r) => r.currentNetworkId)).toEqual([a.network.id]);
	});

	it('refuses a network whose request was refused, and the current network never falls back to it', async () => {
		const { a, b, person, session } = await memberOfTwoNetworks();
		await db()
			.update(memberships)
			.set({ status: 'refused' })
			.where(and(eq(memberships.networkId, b.network.id), eq(memberships.accountId, person.id)));
		const actor = await actorOf(person.id);
		await expect(chooseNetwork({ actor, sessionToken: session.token, networkId: b.network.id })).rejects.toMatchObject({
			code: 'not_member'
		});
		expect((await findSession(session.token))?.currentNetworkId).toBe(a.network.id);
		// Even a session that points at B (chosen before the refusal) is shown A.
		expect((await currentNetwork(actor, b.network.id))?.id).toBe(a.network.id);
	});
});
