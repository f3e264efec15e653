import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actorOf, createAccount, createNetworkWithPeople, createPost } from '../../../../tests/factories.ts';
import { resetPassword } from '../accounts/reset-password.ts';
import { verifyPassword } from '../auth/crypto.ts';
import { advanceClock } from '../clock.ts';
import { db } from '../db/client.ts';
import { accounts, auditLog, emails, memberships, networks, themes } from '../db/schema/index.ts';
import { createNetworkInput } from '../../validation/admin-networks.ts';
import { createNetworkWithCoordinator, INVITATION_DAYS } from './create-network-with-coordinator.ts';
import { getInstanceNetwork, listInstanceNetworks } from './instance-networks.ts';

const origin = 'http://127.0.0.1:3000';
let n = 0;
const unique = () => `${++n}-${Date.now()}`;

async function admin() {
	const account = await createAccount({ isInstanceAdmin: true, name: 'Anne Lefèvre' });
	return { ...account, actor: await actorOf(account.id) };
}

/** What the form posts, parsed by the same schema as the route. */
function input(fields: Record<string, string>) {
	return createNetworkInput.parse({
		name: `Réseau des Fontenelles ${unique()}`,
		town: 'Nanterre',
		description: 'Entraide et savoirs partagés aux Fontenelles.',
		joinPolicy: 'approval',
		...fields
	});
}

const counts = async () => {
	const [[nets], [accs], [mails], [audits]] = await Promise.all([
		db().select({ n: count() }).from(networks),
		db().select({ n: count() }).from(accounts),
		db().select({ n: count() }).from(emails),
		db().select({ n: count() }).from(auditLog)
	]);
	return { networks: nets.n, accounts: accs.n, emails: mails.n, audit: audits.n };
};

describe('listInstanceNetworks and getInstanceNetwork (/admin/reseaux)', () => {
	it('list every network with its active members, pending requests and last activity', async () => {
		const { actor } = await admin();
		const a = await createNetworkWithPeople({ name: `Réseau A ${unique()}` });
		await db()
			.insert(memberships)
			.values({ networkId: a.network.id, accountId: (await createAccount()).id, status: 'pending' });
		advanceClock(60_000);
		const post = await createPost(a.network.id, a.member.id);
		const list = await listInstanceNetworks({ actor });
		const row = list.find((r) => r.id === a.network.id)!;
		expect(row).toMatchObject({ name: a.network.name, town: 'Nanterre', status: 'active', members: 2, pending: 1 });
		expect(row.lastActivityAt?.getTime()).toBe(post.createdAt.getTime());

		const one = await getInstanceNetwork({ actor, networkId: a.network.id });
		expect(one.network).toMatchObject({ id: a.network.id, members: 2, pending: 1 });
		expect(one.coordinators).toEqual([
			{ accountId: a.coordinator.id, name: a.coordinator.name, email: a.coordinator.email }
		]);
	});

	it('are for the instance administrator only: visitors log in, members and coordinators are refused', async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden'],
			[coordinator.actor, 'forbidden']
		] as const) {
			await expect(listInstanceNetworks({ actor })).rejects.toMatchObject({ code });
			await expect(getInstanceNetwork({ actor, networkId: network.id })).rejects.toMatchObject({ code });
		}
	});

	it('answer not_found for an unknown or malformed id', async () => {
		const { actor } = await admin();
		await expect(getInstanceNetwork({ actor, networkId: crypto.randomUUID() })).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(getInstanceNetwork({ actor, networkId: "1' or 1=1" })).rejects.toMatchObject({ code: 'not_found' });
	});
});

describe('createNetworkWithCoordinator', () => {
	it('makes an existing account the coordinator at once, tells them by email and writes the journal', async () => {
		const { actor, id: adminId } = await admin();
		const karim = await createAccount({ name: 'Karim Benali' });
		const { network, coordinatorAccountId, invited } = await createNetworkWithCoordinator({
			actor,
			input: input({ coordinatorEmail: karim.email!.toUpperCase() }),
			origin
		});
		expect(invited).toBe(false);
		expect(coordinatorAccountId).toBe(karim.id);
		const [membership] = await db()
			.select()
			.from(memberships)
			.where(and(eq(memberships.networkId, network.id), eq(memberships.accountId, karim.id)));
		expect(membership).toMatchObject({ role: 'coordinator', status: 'active', decidedByAccountId: adminId });
		// The network starts with the seeded themes, like one made by the setup page.
		expect((await db().select().from(themes).where(eq(themes.networkId, network.id))).length).toBeGreaterThan(5);
		const [mail] = await db().select().from(emails).where(eq(emails.toAddress, karim.email!));
		expect(mail.subject).toBe(`Vous êtes responsable du réseau « ${network.name} »`);
		expect(mail.textBody).toContain(`${origin}/compte`);
		expect(mail.holdsSecretLink).toBe(false);
		const [entry] = await db().select().from(auditLog).where(eq(auditLog.subjectId, network.id));
		expect(entry).toMatchObject({
			networkId: null,
			actorAccountId: adminId,
			action: 'network_created',
			subjectAccountId: karim.id,
			detail: `${network.name} (${network.slug})`
		});
		// Karim's next request sees the new network among his own.
		expect((await actorOf(karim.id)).memberships).toContainEqual({
			networkId: network.id,
			role: 'coordinator',
			status: 'active'
		});
	});

	it('creates the account of a new address and emails a link to choose a password, valid a few days, once', async () => {
		const { actor } = await admin();
		const email = `fatou.traore.${unique()}@exemple.org`;
		const { network, coordinatorAccountId, invited } = await createNetworkWithCoordinator({
			actor,
			input: input({ coordinatorEmail: email, coordinatorName: 'Fatou Traoré', slug: `Les Fontenelles ${unique()}` }),
			origin
		});
		expect(invited).toBe(true);
		expect(network.slug).toMatch(/^les-fontenelles-\d+-\d+$/);
		const [account] = await db().select().from(accounts).where(eq(accounts.id, coordinatorAccountId));
		expect(account).toMatchObject({ name: 'Fatou Traoré', email, passwordHash: null, isInstanceAdmin: false });
		const [mail] = await db().select().from(emails).where(eq(emails.toAddress, email));
		expect(mail.holdsSecretLink).toBe(true);
		expect(mail.textBody).toContain(`réseau « ${network.name} »`);
		expect(mail.textBody).toContain(`marche pendant ${INVITATION_DAYS} jours`);
		const token = mail.textBody.match(/\/mot-de-passe\/([A-Za-z0-9_-]+)/)![1];

		advanceClock((INVITATION_DAYS * 24 - 1) * 3_600_000);
		await resetPassword({ token, password: 'jardin-des-fontenelles' });
		const [after] = await db().select().from(accounts).where(eq(accounts.id, coordinatorAccountId));
		expect(await verifyPassword(after.passwordHash, 'jardin-des-fontenelles')).toBe(true);
		await expect(resetPassword({ token, password: 'une-seconde-fois' })).rejects.toMatchObject({
			code: 'token_invalid'
		});
	});

	it('lets the invitation link expire after its days', async () => {
		const { actor } = await admin();
		const email = `moussa.keita.${unique()}@exemple.org`;
		await createNetworkWithCoordinator({
			actor,
			input: input({ coordinatorEmail: email, coordinatorName: 'Moussa Keïta' }),
			origin
		});
		const [mail] = await db().select().from(emails).where(eq(emails.toAddress, email));
		const token = mail.textBody.match(/\/mot-de-passe\/([A-Za-z0-9_-]+)/)![1];
		advanceClock(INVITATION_DAYS * 24 * 3_600_000 + 1_000);
		await expect(resetPassword({ token, password: 'trop-tard-pour-ce-lien' })).rejects.toMatchObject({
			code: 'token_invalid'
		});
	});

	it('is for the instance administrator only, and writes nothing otherwise', async () => {
		const { coordinator, member } = await createNetworkWithPeople();
		const before = await counts();
		for (const [actor, code] of [
			[null, 'not_logged_in'],
			[member.actor, 'forbidden'],
			[coordinator.actor, 'forbidden']
		] as const) {
			await expect(
				createNetworkWithCoordinator({
					actor,
					input: input({ coordinatorEmail: `x.${unique()}@exemple.org`, coordinatorName: 'Xavier Petit' }),
					origin
				})
			).rejects.toMatchObject({ code });
		}
		expect(await counts()).toEqual(before);
	});

	it('refuses a taken short address or a new address without a name, next to the field, writing nothing', async () => {
		const { actor } = await admin();
		const { network } = await createNetworkWithPeople();
		const before = await counts();
		await expect(
			createNetworkWithCoordinator({
				actor,
				input: input({
					slug: network.slug.toUpperCase(),
					coordinatorEmail: `y.${unique()}@exemple.org`,
					coordinatorName: 'Yasmine Haddad'
				}),
				origin
			})
		).rejects.toMatchObject({ code: 'slug_taken', field: 'slug' });
		await expect(
			createNetworkWithCoordinator({ actor, input: input({ coordinatorEmail: `z.${unique()}@exemple.org` }), origin })
		).rejects.toMatchObject({ code: 'coordinator_name_required', field: 'coordinatorName' });
		expect(await counts()).toEqual(before);
	});

	it('derives a free short address from the name when none is given', async () => {
		const { actor } = await admin();
		const karim = await createAccount();
		const name = `Réseau du Chemin de l'Île ${unique()}`;
		const first = await createNetworkWithCoordinator({
			actor,
			input: input({ name, coordinatorEmail: karim.email! }),
			origin
		});
		const second = await createNetworkWithCoordinator({
			actor,
			input: input({ name, coordinatorEmail: karim.email! }),
			origin
		});
		expect(first.network.slug).toMatch(/^reseau-du-chemin-de-l-ile-/);
		expect(second.network.slug).toBe(`${first.network.slug}-2`);
	});
});

describe('createNetworkInput (the form)', () => {
	const parse = (fields: Record<string, string>) =>
		createNetworkInput.safeParse({ name: 'Réseau', town: 'Nanterre', coordinatorEmail: 'a@exemple.org', ...fields });
	const codeOf = (fields: Record<string, string>, field: string) => {
		const result = parse(fields);
		return result.success ? undefined : result.error.issues.find((i) => i.path[0] === field)?.message;
	};

	it('refuses an empty name, a bad address and pasted NUL characters with a code per field', () => {
		expect(codeOf({ name: '   ' }, 'name')).toBe('required');
		expect(codeOf({ coordinatorEmail: 'anne@' }, 'coordinatorEmail')).toBe('email');
		expect(codeOf({ name: 'Réseau\u0000' }, 'name')).toBe('control_characters');
		expect(codeOf({ coordinatorName: 'Anne\u0000' }, 'coordinatorName')).toBeDefined();
		expect(codeOf({ slug: 'nord\u0000' }, 'slug')).toBe('control_characters');
		expect(codeOf({ joinPolicy: 'tout' }, 'joinPolicy')).toBe('unknown_choice');
	});

	it('takes an empty name of coordinator as « not given »', () => {
		const result = parse({ coordinatorName: '  ', slug: '' });
		expect(result.success && result.data).toMatchObject({
			coordinatorName: undefined,
			slug: '',
			joinPolicy: 'approval'
		});
	});
});
