// Builders of realistic data for the tests: random but readable people, networks, posts, groups, venues and
// form content. They write straight to the database (no permission checks) through the same row writers as the
// demo network (src/lib/server/setup/demo/rows.ts): they build the world the tests then act in.
import { randomBytes } from 'node:crypto';
import { now } from '../src/lib/server/clock.ts';
import { db, type Queryable } from '../src/lib/server/db/client.ts';
import { groupMembers, groups, memberSkills, venues } from '../src/lib/server/db/schema/index.ts';
import type { PostContent } from '../src/lib/server/posts/post-access.ts';
import { insertNetwork, type NetworkFields } from '../src/lib/server/networks/create-network.ts';
import { loadActor } from '../src/lib/server/accounts/find-account.ts';
import type { Role, MembershipStatus } from '../src/lib/server/auth/policies.ts';
import { emailFor, firstNames, lastNames } from '../src/lib/server/setup/demo/names.ts';
import {
	insertAccount,
	insertMember,
	insertPost,
	insertSkill,
	themeByName,
	type AccountRow,
	type PostRow
} from '../src/lib/server/setup/demo/rows.ts';
import type { EventInput } from '../src/lib/validation/events.ts';

export { emailFor, firstNames, lastNames };

const DAY = 24 * 60 * 60 * 1000;
let sequence = 0;
const unique = () => `${++sequence}-${randomBytes(3).toString('hex')}`;

export function personName(i = sequence++): string {
	return `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]}`;
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

export type AccountOverrides = Partial<AccountRow>;

/** An account; pass `email: null` for a member without email (a login code is then made). */
export async function createAccount(overrides: AccountOverrides = {}, q: Queryable = db()) {
	const name = overrides.name ?? personName();
	const email = overrides.email === null ? null : (overrides.email ?? `${unique()}.${emailFor(name)}`);
	return insertAccount(q, { ...overrides, name, email });
}

/** An account that is a member of the network, active by default. */
export async function createMember(
	networkId: string,
	options: AccountOverrides & { role?: Role; status?: MembershipStatus } = {},
	q: Queryable = db()
) {
	const name = options.name ?? personName();
	const email = options.email === null ? null : (options.email ?? `${unique()}.${emailFor(name)}`);
	return insertMember(q, networkId, { ...options, name, email });
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
	return themeByName(q, networkId, name);
}

/** A skill under a theme (by name), created by nobody in particular. */
export async function createSkill(networkId: string, name: string, themeName = 'Autre', q: Queryable = db()) {
	return insertSkill(q, networkId, name, themeName);
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

export type PostOverrides = Partial<PostRow> & { themeName?: string };

/** A published post by a member; it expires after the usual lifetime of its kind unless told otherwise. */
export async function createPost(
	networkId: string,
	authorAccountId: string,
	overrides: PostOverrides = {},
	q: Queryable = db()
) {
	const { themeName, ...fields } = overrides;
	const themeId = fields.themeId ?? (await themeOf(networkId, themeName, q)).id;
	return insertPost(q, networkId, authorAccountId, {
		...fields,
		title: fields.title ?? `Annonce ${unique()}`,
		themeId
	});
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

// ---- Events (decision 022) --------------------------------------------------------------------------------

/**
 * What a coordinator fills in the event form, ready for createEvent: a one-off workshop two days from now,
 * 14:00–16:00 UTC, at the given venue, for 8 people, open to the network, unless told otherwise.
 */
export function eventContent(venueId: string | null, overrides: Partial<EventInput> = {}): EventInput {
	const day = new Date(now().getTime() + 2 * DAY);
	day.setUTCHours(14, 0, 0, 0);
	return {
		title: 'Journée découverte cuisine libanaise',
		description: 'On cuisine ensemble des mezzés, puis on partage le repas.',
		kind: 'discovery_day',
		groupId: null,
		venueId,
		onlineUrl: venueId === null ? 'https://visio.exemple.org/atelier' : null,
		startsAt: day,
		endsAt: new Date(day.getTime() + 2 * 3_600_000),
		repeatUntil: null,
		capacity: 8,
		audience: 'network',
		facilitatorIds: [],
		...overrides
	};
}

// ---- Groups and venues (decision 021) ----------------------------------------------------------------------

/** A thematic group of the network, open to all unless told otherwise. */
export async function createGroupIn(
	networkId: string,
	overrides: Partial<Omit<typeof groups.$inferInsert, 'networkId'>> = {},
	q: Queryable = db()
) {
	const [group] = await q
		.insert(groups)
		.values({ name: `Groupe ${unique()}`, description: '', joinPolicy: 'open', ...overrides, networkId })
		.returning();
	return group;
}

/** Puts a member of the network in a group (active, plain member unless told otherwise). */
export async function addGroupMember(
	group: { id: string; networkId: string },
	accountId: string,
	options: { role?: 'member' | 'coordinator'; status?: 'active' | 'pending'; hidden?: boolean } = {},
	q: Queryable = db()
) {
	const status = options.status ?? 'active';
	await q.insert(groupMembers).values({
		groupId: group.id,
		networkId: group.networkId,
		accountId,
		role: options.role ?? 'member',
		status,
		hidden: options.hidden ?? false,
		joinedAt: status === 'active' ? now() : null
	});
}

/** A venue of the network: a partner's kitchen for 12 people unless told otherwise. */
export async function createVenueIn(
	networkId: string,
	overrides: Partial<Omit<typeof venues.$inferInsert, 'networkId'>> = {},
	q: Queryable = db()
) {
	const [venue] = await q
		.insert(venues)
		.values({
			name: `Cuisine d'Authenti'Cité ${unique()}`,
			address: '12 rue des Pâquerettes, 92000 Nanterre',
			accessNotes: 'Rez-de-chaussée, accessible en fauteuil.',
			capacity: 12,
			partnerName: "Association Authenti'Cité",
			...overrides,
			networkId
		})
		.returning();
	return venue;
}
