// One database per test file and setup happens once per database: these tests run in order and build on
// each other (the first setup stays done for the rest of the file). The demo setup has its own file.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/crypto.ts';
import { db } from '../db/client.ts';
import { accounts, emails, instance, memberships, networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { isSetupDone, setUpInstance } from './set-up-instance.ts';

const network = {
	name: 'Réseau des Épinettes',
	town: 'Paris 17e',
	description: 'Échanges de savoirs entre voisins du quartier des Épinettes.',
	joinPolicy: 'approval' as const
};
const firstCoordinator = {
	name: 'Marie-Claire Fontaine',
	email: 'Marie-Claire.Fontaine@Exemple.org',
	password: 'le jardin des Épinettes'
};

async function counts() {
	return {
		instance: await db().$count(instance),
		networks: await db().$count(networks),
		accounts: await db().$count(accounts),
		memberships: await db().$count(memberships),
		emails: await db().$count(emails)
	};
}

describe('setUpInstance', () => {
	it('is not done on a new instance', async () => {
		expect(await isSetupDone()).toBe(false);
		expect(await counts()).toEqual({ instance: 0, networks: 0, accounts: 0, memberships: 0, emails: 0 });
	});

	it('lets exactly one of two simultaneous setups win; it creates the network and its coordinator, who administers the instance', async () => {
		const rival = {
			name: 'Sébastien Moreau',
			email: 'sebastien.moreau@exemple.org',
			password: 'un autre mot de passe'
		};
		const results = await Promise.allSettled([setUpInstance(network, firstCoordinator), setUpInstance(network, rival)]);

		const fulfilled = results.filter((r) => r.status === 'fulfilled');
		const rejected = results.filter((r) => r.status === 'rejected');
		expect(fulfilled).toHaveLength(1);
		expect(rejected).toHaveLength(1);
		expect(rejected[0].reason).toBeInstanceOf(AppError);
		expect(rejected[0].reason).toMatchObject({ code: 'setup_already_done' });
		expect(await isSetupDone()).toBe(true);
		expect(await counts()).toEqual({ instance: 1, networks: 1, accounts: 1, memberships: 1, emails: 0 });

		const winner = results[0].status === 'fulfilled' ? firstCoordinator : rival;
		const ids = fulfilled[0].value;
		const [created] = await db().select().from(networks).where(eq(networks.id, ids.networkId));
		// The slug comes from the French name without accents, and the losing setup left no « -2 » behind.
		expect(created).toMatchObject({ ...network, slug: 'reseau-des-epinettes' });

		const [account] = await db().select().from(accounts).where(eq(accounts.id, ids.accountId));
		expect(account).toMatchObject({
			name: winner.name,
			email: winner.email.toLowerCase(),
			isInstanceAdmin: true,
			locale: 'fr'
		});
		expect(account.passwordHash).toMatch(/^\$argon2id\$/);
		expect(account.passwordHash).not.toContain(winner.password);
		expect(await verifyPassword(account.passwordHash, winner.password)).toBe(true);

		const rows = await db().select().from(memberships).where(eq(memberships.accountId, ids.accountId));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ networkId: ids.networkId, role: 'coordinator', status: 'active' });
		expect(rows[0].decidedAt).toBeInstanceOf(Date);
	});

	it('refuses a second setup (setup_already_done) and writes nothing', async () => {
		const before = await counts();
		const other = { name: 'Amina Benali', email: 'amina.benali@exemple.org', password: 'un autre mot de passe' };

		const error = await setUpInstance({ ...network, name: 'Réseau du Petit-Nanterre' }, other).catch((e) => e);
		expect(error).toBeInstanceOf(AppError);
		expect(error).toMatchObject({ code: 'setup_already_done' });
		// Even with the address of an existing account, the answer is that setup is done, not that the email is taken.
		const [existing] = await db().select().from(accounts);
		await expect(setUpInstance(network, { ...other, email: existing.email! })).rejects.toMatchObject({
			code: 'setup_already_done'
		});

		expect(await counts()).toEqual(before);
		expect(await db().$count(accounts, eq(accounts.email, 'amina.benali@exemple.org'))).toBe(0);
		expect(await isSetupDone()).toBe(true);
	});

	it('runs a demo filler inside the setup transaction only when the setup succeeds', async () => {
		let called = false;
		await expect(
			setUpInstance(
				network,
				{ name: 'Youssef Haddad', email: 'youssef.haddad@exemple.org', password: 'mot de passe' },
				async () => {
					called = true;
				}
			)
		).rejects.toMatchObject({ code: 'setup_already_done' });
		expect(called).toBe(false);
	});
});
