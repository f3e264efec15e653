// Builders of realistic data, shared by the tests and by the demo network of the setup page.
// They write straight to the database (no permission checks): they build the world the tests then act in.
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { hashPassword, randomLoginCode, sha256 } from '../src/lib/server/auth/crypto.ts';
import { now } from '../src/lib/server/clock.ts';
import { db, type Queryable } from '../src/lib/server/db/client.ts';
import {
	accounts,
	memberSkills,
	memberships,
	postSkills,
	posts,
	skills,
	themes
} from '../src/lib/server/db/schema/index.ts';
import { expiryFrom } from '../src/lib/server/posts/lifetime.ts';
import type { PostContent } from '../src/lib/server/posts/post-access.ts';
import { insertNetwork, type NetworkFields } from '../src/lib/server/networks/create-network.ts';
import { loadActor } from '../src/lib/server/accounts/find-account.ts';
import type { Role, MembershipStatus } from '../src/lib/server/auth/policies.ts';

export const firstNames = [
	'Amina',
	'Bernard',
	'Chantal',
	'Djibril',
	'Élodie',
	'Fatou',
	'Gérard',
	'Hélène',
	'Ibrahim',
	'Joëlle',
	'Karim',
	'Léa',
	'Mamadou',
	'Nadia',
	'Océane',
	'Pascal',
	'Rachida',
	'Sébastien',
	'Thi Lan',
	'Yasmine',
	'Zoé',
	'Mehdi',
	'Françoise',
	'Aïssatou',
	'Jean-Pierre',
	'Sofia',
	'Kévin',
	'Marie-Claire',
	'Youssef',
	'Inès'
];
export const lastNames = [
	'Benali',
	'Martin',
	'Diallo',
	'Nguyen',
	'Lefèvre',
	'Traoré',
	'Moreau',
	'Haddad',
	'Dubois',
	'Camara',
	'Petit',
	'Rousseau',
	'Kone',
	'Fontaine',
	'Mercier',
	'Belkacem',
	'Garnier',
	'Da Silva',
	'Laurent',
	'Cissé'
];

let sequence = 0;
const unique = () => `${++sequence}-${randomBytes(3).toString('hex')}`;

export function personName(i = sequence++): string {
	return `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]}`;
}

export function emailFor(name: string, domain = 'exemple.org'): string {
	const local = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '.')
		.replace(/^\.|\.$/g, '');
	return `${local}@${domain}`;
}

export async function createNetwork(overrides: Partial<NetworkFields> = {}, q: Queryable = db()) {
	return insertNetwork(q, {
		name: `Réseau d'entraide ${unique()}`,
		town: 'Nanterre',
		description: 'Un réseau de quartier pour échanger des savoirs.',
		joinPolicy: 'approval',
		...overrides
	});
}

export type AccountOverrides = {
	name?: string;
	email?: string | null;
	password?: string;
	isInstanceAdmin?: boolean;
	locale?: 'fr' | 'en';
	loginCode?: string;
};

/** An account; pass `email: null` for a member without email (a login code is then made). */
export async function createAccount(overrides: AccountOverrides = {}, q: Queryable = db()) {
	const name = overrides.name ?? personName();
	const email = overrides.email === null ? null : (overrides.email ?? `${unique()}.${emailFor(name)}`);
	const loginCode = email === null ? (overrides.loginCode ?? randomLoginCode()) : overrides.loginCode;
	const [account] = await q
		.insert(accounts)
		.values({
			name,
			email,
			passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
			loginCodeHash: loginCode ? sha256(loginCode) : null,
			isInstanceAdmin: overrides.isInstanceAdmin ?? false,
			locale: overrides.locale ?? 'fr'
		})
		.returning();
	return { ...account, loginCode };
}

/** An account that is a member of the network, active by default. */
export async function createMember(
	networkId: string,
	options: AccountOverrides & { role?: Role; status?: MembershipStatus } = {},
	q: Queryable = db()
) {
	const account = await createAccount(options, q);
	const status = options.status ?? 'active';
	await q.insert(memberships).values({
		networkId,
		accountId: account.id,
		role: options.role ?? 'member',
		status,
		decidedAt: status === 'pending' ? null : now()
	});
	return account;
}

/** The Actor of an account, as a request would load it. */
export async function actorOf(accountId: string) {
	const actor = await loadActor(accountId);
	if (!actor) throw new Error(`No account ${accountId}`);
	return actor;
}

/** A network with one coordinator and one member, the usual starting point of a domain test. */
export async function createNetworkWithPeople(overrides: Partial<NetworkFields> = {}) {
	const network = await createNetwork(overrides);
	const coordinator = await createMember(network.id, { role: 'coordinator' });
	const member = await createMember(network.id);
	return {
		network,
		coordinator: { ...coordinator, actor: await actorOf(coordinator.id) },
		member: { ...member, actor: await actorOf(member.id) }
	};
}

// ---- Themes, skills and posts -----------------------------------------------------------------------------

/** A theme of the network, by name (compared without case and accents); the seeded « Autre » by default. */
export async function themeOf(networkId: string, name = 'Autre', q: Queryable = db()) {
	const [theme] = await q
		.select()
		.from(themes)
		.where(and(eq(themes.networkId, networkId), sql`${themes.nameKey} = name_key(${name})`));
	if (!theme) throw new Error(`No theme « ${name} » in network ${networkId}`);
	return theme;
}

/** A skill under a theme (by name), created by nobody in particular. */
export async function createSkill(networkId: string, name: string, themeName = 'Autre', q: Queryable = db()) {
	const theme = await themeOf(networkId, themeName, q);
	const [skill] = await q.insert(skills).values({ networkId, themeId: theme.id, name }).returning();
	return skill;
}

/** Puts a skill on a member's profile, to share or to learn. */
export async function addMemberSkill(
	networkId: string,
	accountId: string,
	skillId: string,
	direction: 'share' | 'learn' = 'share',
	options: { level?: 'beginner' | 'intermediate' | 'advanced'; formats?: string[] } = {},
	q: Queryable = db()
) {
	await q.insert(memberSkills).values({
		networkId,
		accountId,
		skillId,
		direction,
		level: options.level ?? 'intermediate',
		formats: options.formats ?? ['one_to_one']
	});
}

export type PostOverrides = Partial<Omit<typeof posts.$inferInsert, 'networkId' | 'authorAccountId'>> & {
	themeName?: string;
	skillIds?: string[];
};

/** A published post by a member; it expires after the usual lifetime of its kind unless told otherwise. */
export async function createPost(
	networkId: string,
	authorAccountId: string,
	overrides: PostOverrides = {},
	q: Queryable = db()
) {
	const { themeName, skillIds = [], ...fields } = overrides;
	const kind = fields.kind ?? 'request';
	const createdAt = fields.createdAt ?? now();
	const themeId = fields.themeId ?? (await themeOf(networkId, themeName, q)).id;
	const [post] = await q
		.insert(posts)
		.values({
			title: `Annonce ${unique()}`,
			...fields,
			networkId,
			authorAccountId,
			kind,
			themeId,
			createdAt,
			updatedAt: createdAt,
			expiresAt: fields.expiresAt ?? expiryFrom(kind as 'offer' | 'request', createdAt)
		})
		.returning();
	if (skillIds.length > 0) {
		await q.insert(postSkills).values(skillIds.map((skillId) => ({ networkId, postId: post.id, skillId })));
	}
	return post;
}

// ---- The demo network ------------------------------------------------------------------------------------

export const demoNetwork: NetworkFields = {
	name: 'Réseau des savoirs du Petit-Nanterre',
	town: 'Nanterre',
	description:
		"Voisines et voisins du Petit-Nanterre partagent ce qu'ils savent faire : cuisine, informatique, jardinage, bricolage, langues, aide à l'emploi.",
	joinPolicy: 'approval'
};

const DEMO_MEMBERS = 36;

/** Fills the demo network: a second coordinator, members with and without email, a few pending requests. */
export async function fillDemoNetwork(q: Queryable, ids: { networkId: string }) {
	for (let i = 0; i < DEMO_MEMBERS; i++) {
		const name = `${firstNames[i % firstNames.length]} ${lastNames[(i * 7 + 3) % lastNames.length]}`;
		const withoutEmail = i % 9 === 4;
		await createMember(
			ids.networkId,
			{
				name,
				// Demo people have no password: the instance admin can read their log-in links in the outbox.
				email: withoutEmail ? null : emailFor(`${name} ${i}`, 'demo.entrelien.org'),
				role: i === 0 ? 'coordinator' : 'member',
				status: i >= DEMO_MEMBERS - 3 ? 'pending' : 'active'
			},
			q
		);
	}
}

// ---- Post form content -----------------------------------------------------------------------------------

/**
 * What a member fills in the post form, ready for createPost/updatePost: a request to fix a bike under
 * « Mobilité & vélo » unless told otherwise (`themeName` picks another theme of the network).
 */
export async function postContent(networkId: string, overrides: Partial<PostContent & { themeName: string }> = {}) {
	const { themeName = 'Mobilité & vélo', ...fields } = overrides;
	return {
		title: 'Réparer mon vélo',
		description: 'Ma chaîne saute et le frein arrière frotte. Quelqu’un pour me montrer comment régler ça ?',
		themeId: fields.themeId ?? (await themeOf(networkId, themeName)).id,
		skillIds: [] as string[],
		format: 'one_to_one' as const,
		placeKind: 'neighbourhood' as const,
		place: 'Petit-Nanterre, près du marché',
		whenKind: 'flexible' as const,
		startsAt: null as Date | null,
		whenNote: 'plutôt le samedi matin',
		...fields
	};
}
