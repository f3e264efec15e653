import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAccount, createMember, createNetwork, createNetworkWithPeople } from '../../../../tests/factories.ts';
import { verifyPassword } from '../auth/crypto.ts';
import { db } from '../db/client.ts';
import { accounts, emails, memberships, networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { signUp } from './sign-up.ts';

const origin = 'http://127.0.0.1:3000';
const password = 'un mot de passe solide';
let n = 0;
const newEmail = (local: string) => `${local}.${++n}.${Date.now()}@exemple.org`;

async function accountByEmail(email: string) {
	const [row] = await db().select().from(accounts).where(eq(accounts.email, email));
	return row;
}

async function emailsTo(address: string) {
	return db().select().from(emails).where(eq(emails.toAddress, address));
}

describe('signUp', () => {
	it('makes the person an active member at once in an open network, without telling the coordinators', async () => {
		const { network, coordinator } = await createNetworkWithPeople({ joinPolicy: 'open' });
		const email = newEmail('fatou.traore');
		const result = await signUp({ name: 'Fatou Traoré', email, password, networkSlug: network.slug, origin });
		expect(result).toMatchObject({ networkId: network.id, status: 'active' });
		const [membership] = await db().select().from(memberships).where(eq(memberships.accountId, result.accountId));
		expect(membership).toMatchObject({ networkId: network.id, role: 'member', status: 'active' });
		expect(membership.decidedAt).toBeInstanceOf(Date);
		expect(await emailsTo(coordinator.email!)).toHaveLength(0);
	});

	it('leaves the request pending in an approval network and emails each active coordinator who has an email', async () => {
		const { network, coordinator } = await createNetworkWithPeople({ joinPolicy: 'approval' });
		const second = await createMember(network.id, { role: 'coordinator', name: 'Hélène Mercier' });
		const withoutEmail = await createMember(network.id, { role: 'coordinator', email: null, name: 'Gérard Moreau' });
		const pendingCoordinator = await createMember(network.id, { role: 'coordinator', status: 'pending' });
		const plainMember = await createMember(network.id);
		const elsewhere = await createNetworkWithPeople();

		const email = newEmail('karim.haddad');
		const result = await signUp({ name: 'Karim Haddad', email, password, networkSlug: network.slug, origin });

		expect(result.status).toBe('pending');
		const [membership] = await db().select().from(memberships).where(eq(memberships.accountId, result.accountId));
		expect(membership).toMatchObject({ networkId: network.id, status: 'pending', decidedAt: null });

		for (const c of [coordinator, second]) {
			const sent = await emailsTo(c.email!);
			expect(sent).toHaveLength(1);
			expect(sent[0].status).toBe('outbox');
			expect(sent[0].subject).toBe(`Nouvelle demande pour rejoindre « ${network.name} »`);
			expect(sent[0].textBody).toContain('Karim Haddad');
			expect(sent[0].textBody).toContain(`${origin}/coordination/membres`);
		}
		expect(withoutEmail.email).toBeNull();
		expect(await emailsTo(pendingCoordinator.email!)).toHaveLength(0);
		expect(await emailsTo(plainMember.email!)).toHaveLength(0);
		expect(await emailsTo(elsewhere.coordinator.email!)).toHaveLength(0);
		expect(await emailsTo(email)).toHaveLength(0);
	});

	it.each([
		['the same address', (e: string) => e],
		['the same address in capitals', (e: string) => e.toUpperCase()]
	])('refuses %s as email_taken on the email field, and writes nothing', async (_, variant) => {
		const { network, coordinator } = await createNetworkWithPeople({ joinPolicy: 'approval' });
		const existing = await createAccount({ name: 'Nadia Belkacem' });
		const before = {
			accounts: await db().$count(accounts),
			memberships: await db().$count(memberships),
			emails: await db().$count(emails)
		};

		const error = await signUp({
			name: 'Nadia Belkacem',
			email: variant(existing.email!),
			password,
			networkSlug: network.slug,
			origin
		}).catch((e) => e);

		expect(error).toBeInstanceOf(AppError);
		expect(error).toMatchObject({ code: 'email_taken', field: 'email' });
		expect(await db().$count(accounts)).toBe(before.accounts);
		expect(await db().$count(memberships)).toBe(before.memberships);
		expect(await db().$count(memberships, eq(memberships.accountId, existing.id))).toBe(0);
		expect(await db().$count(emails)).toBe(before.emails);
		expect(await emailsTo(coordinator.email!)).toHaveLength(0);
	});

	it('stores the address in lower case, so that the capitalised spelling is taken afterwards', async () => {
		const network = await createNetwork({ joinPolicy: 'open' });
		const email = newEmail('Joelle.Dubois');
		const result = await signUp({ name: 'Joëlle Dubois', email, password, networkSlug: network.slug, origin });
		expect((await accountByEmail(email.toLowerCase()))?.id).toBe(result.accountId);
		await expect(
			signUp({ name: 'Joëlle Dubois', email: email.toLowerCase(), password, networkSlug: network.slug, origin })
		).rejects.toMatchObject({
			code: 'email_taken'
		});
	});

	it('refuses a network that does not exist (404) and writes nothing', async () => {
		const email = newEmail('pascal.petit');
		const before = {
			accounts: await db().$count(accounts),
			memberships: await db().$count(memberships),
			networks: await db().$count(networks)
		};
		const error = await signUp({
			name: 'Pascal Petit',
			email,
			password,
			networkSlug: 'reseau-qui-n-existe-pas',
			origin
		}).catch((e) => e);
		expect(error).toBeInstanceOf(AppError);
		// find-network.ts names this case `network_unknown` (a 404, shown next to the network field).
		expect(error).toMatchObject({ code: 'network_unknown', field: 'network', status: 404 });
		expect(await accountByEmail(email)).toBeUndefined();
		expect(await db().$count(accounts)).toBe(before.accounts);
		expect(await db().$count(memberships)).toBe(before.memberships);
		expect(await db().$count(networks)).toBe(before.networks);
	});

	it('stores the password only as an argon2id hash', async () => {
		const network = await createNetwork({ joinPolicy: 'open' });
		const email = newEmail('thi.lan.nguyen');
		const result = await signUp({ name: 'Thi Lan Nguyen', email, password, networkSlug: network.slug, origin });
		const [account] = await db().select().from(accounts).where(eq(accounts.id, result.accountId));
		expect(account.passwordHash).toMatch(/^\$argon2id\$/);
		expect(account.passwordHash).not.toContain(password);
		expect(JSON.stringify(account)).not.toContain(password);
		expect(await verifyPassword(account.passwordHash, password)).toBe(true);
		expect(await verifyPassword(account.passwordHash, 'un autre mot de passe')).toBe(false);
	});

	it('signs up in the chosen network only', async () => {
		const chosen = await createNetwork({ joinPolicy: 'open' });
		const other = await createNetwork({ joinPolicy: 'open' });
		const result = await signUp({
			name: 'Zoé Fontaine',
			email: newEmail('zoe.fontaine'),
			password,
			networkSlug: chosen.slug,
			origin
		});
		expect(await db().$count(memberships, eq(memberships.accountId, result.accountId))).toBe(1);
		expect(
			await db().$count(
				memberships,
				and(eq(memberships.accountId, result.accountId), eq(memberships.networkId, other.id))
			)
		).toBe(0);
	});
});
