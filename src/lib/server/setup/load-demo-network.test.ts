// Setup happens once per database, so the demo setup has its own test file (and its own database).
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorOf, firstNames, lastNames } from '../../../../tests/factories.ts';
import { db } from '../db/client.ts';
import { accounts, memberships, networks } from '../db/schema/index.ts';
import { listMembersForCoordinator } from '../networks/list-members.ts';
import { setUpWithDemoNetwork } from './load-demo-network.ts';
import { isSetupDone } from './set-up-instance.ts';

const admin = { name: 'Élodie Mercier', email: 'elodie.mercier@exemple.org', password: 'les savoirs du quartier' };
let ids: { networkId: string; accountId: string };

async function people() {
	return db()
		.select({
			id: accounts.id,
			name: accounts.name,
			email: accounts.email,
			loginCodeHash: accounts.loginCodeHash,
			role: memberships.role,
			status: memberships.status
		})
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(eq(memberships.networkId, ids.networkId));
}

describe('setUpWithDemoNetwork', () => {
	beforeAll(async () => {
		expect(await isSetupDone()).toBe(false);
		ids = await setUpWithDemoNetwork(admin);
	});

	it('sets up the instance with the demo network, run by the person who set it up', async () => {
		expect(await isSetupDone()).toBe(true);
		const [network] = await db().select().from(networks).where(eq(networks.id, ids.networkId));
		expect(network).toMatchObject({
			name: 'Réseau des savoirs du Petit-Nanterre',
			slug: 'reseau-des-savoirs-du-petit-nanterre',
			town: 'Nanterre'
		});
		expect(await db().$count(networks)).toBe(1);
		const [account] = await db().select().from(accounts).where(eq(accounts.id, ids.accountId));
		expect(account).toMatchObject({ email: admin.email, isInstanceAdmin: true });
		expect(await db().$count(accounts, eq(accounts.isInstanceAdmin, true))).toBe(1);
	});

	it('has at least 30 members, some of them without email who log in with a code', async () => {
		const everyone = await people();
		expect(everyone.filter((p) => p.status === 'active').length).toBeGreaterThanOrEqual(30);
		const withoutEmail = everyone.filter((p) => p.email === null);
		expect(withoutEmail.length).toBeGreaterThanOrEqual(1);
		for (const p of withoutEmail) expect(p.loginCodeHash).toMatch(/^[0-9a-f]{64}$/);
		expect(await db().$count(accounts, and(isNull(accounts.email), isNull(accounts.loginCodeHash)))).toBe(0);
	});

	it('has a second coordinator besides the one who set it up', async () => {
		const coordinators = (await people()).filter((p) => p.role === 'coordinator' && p.status === 'active');
		expect(coordinators.length).toBeGreaterThanOrEqual(2);
		expect(coordinators.some((c) => c.id !== ids.accountId)).toBe(true);
	});

	it('has at least one request waiting, which the coordinator sees', async () => {
		const pending = (await people()).filter((p) => p.status === 'pending');
		expect(pending.length).toBeGreaterThanOrEqual(1);
		const list = await listMembersForCoordinator({ actor: await actorOf(ids.accountId), networkId: ids.networkId });
		expect(list.pending.map((p) => p.accountId).sort()).toEqual(pending.map((p) => p.id).sort());
	});

	it('uses realistic French names and addresses, never placeholders', async () => {
		const everyone = await people();
		for (const p of everyone) {
			expect(p.name).not.toMatch(/test|lorem|ipsum|foo|bar|user|demo|\d/i);
			expect(p.name).toMatch(/^\p{Lu}[\p{L}' -]+ \p{Lu}[\p{L}' -]+$/u);
			if (p.email) expect(p.email).not.toMatch(/test|lorem|foo/i);
		}
		const demo = everyone.filter((p) => p.id !== ids.accountId);
		for (const p of demo) {
			expect(firstNames.some((f) => p.name.startsWith(`${f} `))).toBe(true);
			expect(lastNames.some((l) => p.name.endsWith(` ${l}`))).toBe(true);
		}
		expect(new Set(everyone.map((p) => p.name)).size).toBeGreaterThanOrEqual(30);
	});
});
