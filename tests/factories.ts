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
	profiles,
	skills,
	themes
} from '../src/lib/server/db/schema/index.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE, expiryFrom } from '../src/lib/server/posts/lifetime.ts';
import { SLOTS } from '../src/lib/profile-options.ts';
import type { PostContent } from '../src/lib/server/posts/post-access.ts';
import { insertNetwork, type NetworkFields } from '../src/lib/server/networks/create-network.ts';
import { loadActor } from '../src/lib/server/accounts/find-account.ts';
import type { Role, MembershipStatus } from '../src/lib/server/auth/policies.ts';
import { groupMembers, groups, venues } from '../src/lib/server/db/schema/index.ts';
import type { EventInput } from '../src/lib/validation/events.ts';

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
const DAY = 24 * 60 * 60 * 1000;

/** The demo skills by theme: the onboarding's suggestions and a few more, so members' choices land on them. */
const DEMO_SKILLS: Record<string, string[]> = {
	Cuisine: ['Cuisine libanaise', 'Cuisine vietnamienne', 'Pâtisserie', 'Cuisine familiale'],
	'Informatique & numérique': ['Tableur (Excel)', "Se servir d'un smartphone", 'Démarches en ligne', 'Retouche photo'],
	Jardinage: ['Potager', "Plantes d'intérieur", 'Compost'],
	'Bricolage & réparation': ['Plomberie', 'Petit bricolage', 'Montage de meubles'],
	Langues: ['Arabe', 'Anglais', 'Portugais', 'Wolof', 'Conversation en français'],
	'Emploi & démarches': ['Rédiger un CV', 'Préparer un entretien', "Déclaration d'impôts"],
	"Garde d'enfants": ['Aide aux devoirs', "Garde d'enfants"],
	Couture: ['Couture', 'Tricot'],
	'Musique & danse': ['Guitare', 'Danse'],
	'Mobilité & vélo': ['Réparation de vélo', 'Apprendre à faire du vélo'],
	'Bien-être': ['Yoga'],
	Autre: ['Échecs']
};
/** The language a language skill is about: one shares only a language one speaks, and learns one one doesn't. */
const SKILL_LANGUAGE: Record<string, string> = {
	Arabe: 'arabe',
	Anglais: 'anglais',
	Portugais: 'portugais',
	Wolof: 'wolof',
	'Conversation en français': 'français'
};
const DEMO_NEIGHBOURHOODS = [
	'Petit-Nanterre',
	'Université',
	'Petit-Nanterre',
	'Vieux-Pont',
	'Parc Sud',
	'Petit-Nanterre',
	'Centre',
	"Chemin de l'Île",
	'Petit-Nanterre',
	'Mont-Valérien'
];
/** Languages by first name; everyone else speaks French only. */
const DEMO_LANGUAGES: Record<string, string[]> = {
	Amina: ['français', 'arabe'],
	Chantal: ['français', 'portugais'],
	Djibril: ['français', 'wolof'],
	Fatou: ['français', 'wolof'],
	Ibrahim: ['haoussa', 'anglais', 'français'],
	Karim: ['français', 'arabe'],
	Léa: ['français', 'anglais'],
	Mamadou: ['français', 'bambara'],
	Rachida: ['français', 'arabe', 'kabyle'],
	'Thi Lan': ['français', 'vietnamien'],
	Yasmine: ['français', 'arabe', 'anglais'],
	Zoé: ['français', 'anglais'],
	Mehdi: ['français', 'arabe'],
	Aïssatou: ['français', 'peul'],
	Sofia: ['français', 'portugais'],
	Youssef: ['arabe', 'français', 'anglais'],
	Inès: ['français', 'espagnol']
};
const FORMAT_CHOICES = [['one_to_one'], ['one_to_one', 'small_group'], ['small_group'], ['one_to_one', 'remote']];

type DemoPost = {
	/** Index of the author in the demo member loop (an active member). */
	author: number;
	kind: 'offer' | 'request';
	title: string;
	description: string;
	theme: string;
	skills: string[];
	format?: 'one_to_one' | 'small_group' | 'remote';
	placeKind?: 'neighbourhood' | 'venue' | 'remote';
	place: string;
	/** Days before now it was published. */
	age: number;
	/** A one-time meeting this many days from now. */
	inDays?: number;
	whenKind?: 'recurring' | 'flexible';
	whenNote: string;
	/** Closed this many days ago. */
	closed?: { status: 'fulfilled' | 'closed'; daysAgo: number };
};

// 13 offers and 12 requests: mostly open, 3 one-time meetings to come, one fulfilled, one closed, two expired
// (published longer ago than their lifetime) and one expiring within the week.
const DEMO_POSTS: DemoPost[] = [
	{
		author: 17,
		kind: 'offer',
		title: 'Atelier réparation de vélo au pied des tours',
		description:
			'Je répare les vélos du quartier depuis des années. Je vous montre comment changer une chambre à air, régler les freins et le dérailleur. Venez avec votre vélo, j’apporte les outils.',
		theme: 'Mobilité & vélo',
		skills: ['Réparation de vélo'],
		format: 'small_group',
		placeKind: 'venue',
		place: 'Local associatif du Petit-Nanterre',
		age: 3,
		whenKind: 'recurring',
		whenNote: 'le samedi matin, de 10 h à 12 h'
	},
	{
		author: 14,
		kind: 'request',
		title: 'Ma roue arrière est voilée',
		description:
			'Mon vélo frotte à chaque tour de roue. J’aimerais apprendre à redresser la roue moi-même plutôt que de la faire changer.',
		theme: 'Mobilité & vélo',
		skills: ['Réparation de vélo'],
		place: 'Petit-Nanterre, près du marché',
		age: 1,
		whenNote: 'en semaine après 18 h'
	},
	{
		author: 16,
		kind: 'offer',
		title: 'Cours de cuisine libanaise : taboulé, houmous et falafels',
		description:
			'Je vous apprends les recettes de ma grand-mère. On cuisine ensemble puis on partage le repas. Pensez à apporter une boîte pour repartir avec les restes.',
		theme: 'Cuisine',
		skills: ['Cuisine libanaise'],
		format: 'small_group',
		placeKind: 'venue',
		place: 'Cuisine de la maison de quartier',
		age: 5,
		inDays: 9,
		whenNote: 'on mange ensemble à la fin'
	},
	{
		author: 9,
		kind: 'request',
		title: "Apprendre les bases d'Excel pour mon association",
		description:
			'Je tiens les comptes de l’amicale des locataires sur un cahier. Je voudrais passer sur un tableur : colonnes, sommes, impression.',
		theme: 'Informatique & numérique',
		skills: ['Tableur (Excel)'],
		place: 'Vieux-Pont',
		age: 2,
		whenNote: 'le mardi ou le jeudi après-midi'
	},
	{
		author: 28,
		kind: 'offer',
		title: 'Conversation en arabe pour débutants',
		description:
			'Arabe dialectal marocain et un peu d’arabe littéraire. Pour les parents qui veulent parler avec leurs enfants, ou simplement par curiosité.',
		theme: 'Langues',
		skills: ['Arabe'],
		format: 'small_group',
		placeKind: 'venue',
		place: 'Médiathèque, salle du premier étage',
		age: 8,
		whenKind: 'recurring',
		whenNote: 'le mercredi de 18 h à 19 h'
	},
	{
		author: 19,
		kind: 'request',
		title: 'Ourlets et fermetures éclair : qui peut me montrer ?',
		description:
			'Ma tante m’a donné sa machine à coudre mais je ne sais même pas l’enfiler. Je voudrais faire les ourlets des pantalons de mes enfants.',
		theme: 'Couture',
		skills: ['Couture'],
		place: 'Université',
		age: 4,
		whenNote: 'le week-end'
	},
	{
		author: 6,
		kind: 'offer',
		title: 'Initiation au potager sur les parcelles partagées',
		description:
			'Semis, repiquage, arrosage sans gaspiller : je vous montre tout sur ma parcelle. Les graines sont offertes, prévoyez des gants.',
		theme: 'Jardinage',
		skills: ['Potager', 'Compost'],
		format: 'small_group',
		placeKind: 'venue',
		place: 'Jardins partagés, entrée côté parc',
		age: 6,
		inDays: 12,
		whenNote: 'rendez-vous devant le portail'
	},
	{
		author: 26,
		kind: 'request',
		title: 'Relire et améliorer mon CV',
		description:
			'Je cherche un emploi dans la logistique. Mon CV fait deux pages et je ne sais pas quoi enlever. Une relecture et quelques conseils m’aideraient beaucoup.',
		theme: 'Emploi & démarches',
		skills: ['Rédiger un CV'],
		place: 'Parc Sud',
		age: 2,
		whenNote: 'plutôt en fin de journée'
	},
	{
		author: 27,
		kind: 'offer',
		title: 'Aide au CV et préparation aux entretiens',
		description:
			'J’ai été recruteuse pendant quinze ans. Je relis votre CV, votre lettre de motivation, et on peut s’entraîner à l’entretien d’embauche.',
		theme: 'Emploi & démarches',
		skills: ['Rédiger un CV', 'Préparer un entretien'],
		place: 'Centre',
		age: 10,
		whenNote: 'le lundi et le vendredi'
	},
	{
		author: 23,
		kind: 'request',
		title: 'Mon évier fuit sous le siphon',
		description:
			'Une petite fuite sous l’évier de la cuisine. Je voudrais comprendre comment démonter et remonter le siphon sans tout inonder.',
		theme: 'Bricolage & réparation',
		skills: ['Plomberie'],
		place: 'Petit-Nanterre',
		age: 1,
		whenNote: 'le matin'
	},
	{
		author: 15,
		kind: 'offer',
		title: 'Petites réparations : joints, robinets, chasse d’eau',
		description:
			'Plombier à la retraite, je vous apprends à changer un joint, un flexible ou un mécanisme de chasse d’eau. On commande les pièces ensemble.',
		theme: 'Bricolage & réparation',
		skills: ['Plomberie', 'Petit bricolage'],
		place: "Chemin de l'Île",
		age: 15,
		whenNote: 'le week-end'
	},
	{
		author: 20,
		kind: 'offer',
		title: 'Permanence smartphone pour les seniors',
		description:
			'Envoyer une photo, passer un appel vidéo, prendre un rendez-vous chez le médecin en ligne : venez avec votre téléphone et vos questions.',
		theme: 'Informatique & numérique',
		skills: ["Se servir d'un smartphone", 'Démarches en ligne'],
		format: 'small_group',
		placeKind: 'venue',
		place: 'Maison de quartier du Petit-Nanterre',
		age: 12,
		whenKind: 'recurring',
		whenNote: 'le jeudi de 14 h à 16 h'
	},
	{
		author: 22,
		kind: 'request',
		title: 'Faire ma demande de retraite sur internet',
		description:
			'On m’a dit de tout faire sur le site de l’Assurance retraite. Je n’ai pas d’ordinateur, seulement un téléphone, et je m’y perds.',
		theme: 'Emploi & démarches',
		skills: ['Démarches en ligne'],
		place: 'Petit-Nanterre',
		age: 3,
		whenNote: 'le matin de préférence'
	},
	{
		author: 11,
		kind: 'offer',
		title: 'Aide aux devoirs en maths, du CM1 à la 4e',
		description:
			'Étudiante en licence de mathématiques, j’aide les enfants à comprendre leurs leçons et à faire leurs exercices, dans le calme.',
		theme: "Garde d'enfants",
		skills: ['Aide aux devoirs'],
		format: 'small_group',
		placeKind: 'venue',
		place: 'Médiathèque',
		age: 9,
		whenKind: 'recurring',
		whenNote: 'mardi et jeudi, de 17 h à 18 h 30'
	},
	{
		author: 12,
		kind: 'request',
		title: "Pratiquer l'anglais avant un entretien",
		description:
			'J’ai un entretien pour un poste à l’aéroport et une partie se passe en anglais. Je cherche quelqu’un pour m’entraîner à parler.',
		theme: 'Langues',
		skills: ['Anglais'],
		format: 'remote',
		placeKind: 'remote',
		place: 'Appel vidéo ou téléphone',
		age: 2,
		whenNote: 'le soir'
	},
	{
		author: 18,
		kind: 'offer',
		title: 'Nems et rouleaux de printemps maison',
		description:
			'Je vous montre comment rouler les nems et préparer la sauce. Chacun repart avec une barquette. Places limitées à six personnes.',
		theme: 'Cuisine',
		skills: ['Cuisine vietnamienne'],
		format: 'small_group',
		place: 'Université',
		age: 4,
		inDays: 16,
		whenNote: 'dans ma cuisine, l’adresse est donnée aux inscrits'
	},
	{
		author: 21,
		kind: 'request',
		title: "Débuter la guitare, j'ai déjà l'instrument",
		description:
			'On m’a offert une guitare il y a deux ans et elle prend la poussière. J’aimerais apprendre quelques accords pour accompagner des chansons.',
		theme: 'Musique & danse',
		skills: ['Guitare'],
		place: 'Parc Sud',
		age: 7,
		whenNote: 'le soir en semaine'
	},
	{
		author: 5,
		kind: 'offer',
		title: 'Danse africaine : cours ouvert à toutes et tous',
		description:
			'Aucun niveau demandé, venez en tenue confortable. Les enfants sont les bienvenus avec leurs parents. Un percussionniste nous accompagne.',
		theme: 'Musique & danse',
		skills: ['Danse'],
		format: 'small_group',
		placeKind: 'venue',
		place: 'Salle polyvalente du Petit-Nanterre',
		age: 20,
		whenKind: 'recurring',
		whenNote: 'un dimanche sur deux à 15 h'
	},
	{
		author: 8,
		kind: 'request',
		title: 'Parler français au quotidien',
		description:
			'Je suis arrivé il y a un an. Je comprends bien mais j’ai du mal à parler. Je cherche quelqu’un pour discuter autour d’un café.',
		theme: 'Langues',
		skills: ['Conversation en français'],
		place: 'Petit-Nanterre',
		age: 6,
		whenNote: 'quand vous voulez'
	},
	{
		author: 24,
		kind: 'offer',
		title: 'Café-conversation en français',
		description:
			'Ancien instituteur, j’anime un moment convivial pour pratiquer le français à l’oral, sans cahier ni stylo. Le café est offert.',
		theme: 'Langues',
		skills: ['Conversation en français'],
		format: 'small_group',
		placeKind: 'venue',
		place: 'Café associatif, place du marché',
		age: 30,
		whenKind: 'recurring',
		whenNote: 'le samedi à 10 h'
	},
	{
		author: 3,
		kind: 'request',
		title: 'Monter une armoire en kit',
		description:
			'J’ai acheté une armoire à trois portes et la notice est incompréhensible. Deux mains de plus et quelques conseils seraient les bienvenus.',
		theme: 'Bricolage & réparation',
		skills: ['Montage de meubles'],
		place: 'Vieux-Pont',
		age: 12,
		whenNote: 'un samedi',
		closed: { status: 'fulfilled', daysAgo: 5 }
	},
	{
		author: 7,
		kind: 'offer',
		title: 'Tricoter son premier bonnet',
		description:
			'En trois séances, on apprend le point mousse, le point jersey et les diminutions. La laine et les aiguilles sont fournies.',
		theme: 'Couture',
		skills: ['Tricot'],
		format: 'small_group',
		place: 'Centre',
		age: 20,
		whenKind: 'recurring',
		whenNote: 'le lundi après-midi',
		closed: { status: 'closed', daysAgo: 2 }
	},
	{
		author: 13,
		kind: 'request',
		title: 'Yoga doux pour le dos',
		description:
			'J’ai souvent mal au dos en fin de journée. Je cherche quelqu’un pour m’apprendre quelques postures simples à faire chez moi.',
		theme: 'Bien-être',
		skills: ['Yoga'],
		place: 'Petit-Nanterre',
		age: 40,
		whenNote: 'le matin'
	},
	{
		author: 2,
		kind: 'offer',
		title: 'Pâtisserie : la pâte à choux sans rater',
		description:
			'Choux, éclairs et chouquettes : je partage mes astuces pour une pâte qui gonfle à tous les coups. On repart avec sa fournée.',
		theme: 'Cuisine',
		skills: ['Pâtisserie'],
		format: 'small_group',
		place: 'Mont-Valérien',
		age: 95,
		whenNote: 'le mercredi après-midi'
	},
	{
		author: 10,
		kind: 'request',
		title: "Un partenaire d'échecs pour le dimanche",
		description:
			'Je joue depuis peu et je voudrais progresser. Je cherche quelqu’un de patient pour des parties et quelques explications.',
		theme: 'Autre',
		skills: ['Échecs'],
		place: 'Parc Sud',
		age: 25,
		whenNote: 'le dimanche après-midi'
	}
];

/**
 * Fills the demo network: members (a second coordinator, some without email, a few pending requests), their
 * profiles and skills to share and to learn, and posts in every state. Deterministic, for stable tests.
 */
export async function fillDemoNetwork(q: Queryable, ids: { networkId: string }) {
	const { networkId } = ids;
	const at = now();
	const members: { id: string; firstName: string; active: boolean; withoutEmail: boolean }[] = [];
	for (let i = 0; i < DEMO_MEMBERS; i++) {
		const firstName = firstNames[i % firstNames.length];
		const name = `${firstName} ${lastNames[(i * 7 + 3) % lastNames.length]}`;
		const withoutEmail = i % 9 === 4;
		const active = i < DEMO_MEMBERS - 3;
		const account = await createMember(
			networkId,
			{
				name,
				// Demo people have no password: the instance admin can read their log-in links in the outbox.
				email: withoutEmail ? null : emailFor(`${name} ${i}`, 'demo.entrelien.org'),
				role: i === 0 ? 'coordinator' : 'member',
				status: active ? 'active' : 'pending'
			},
			q
		);
		members.push({ id: account.id, firstName, active, withoutEmail });
	}
	const coordinatorId = members[0].id;
	const languagesOf = (i: number) => DEMO_LANGUAGES[members[i].firstName] ?? ['français'];

	// Profiles: most active members; a coordinator filled in those of members without email.
	const profileRows = members.flatMap((member, i) =>
		member.active && i % 8 !== 7
			? [
					{
						networkId,
						accountId: member.id,
						neighbourhood: DEMO_NEIGHBOURHOODS[i % DEMO_NEIGHBOURHOODS.length],
						languages: languagesOf(i),
						availability: [0, 8, 13].slice(0, 2 + (i % 2)).map((offset) => SLOTS[(i * 5 + offset) % SLOTS.length]),
						onboarding: i % 5 === 3 ? 'skipped' : 'done',
						updatedAt: at,
						updatedByAccountId: member.withoutEmail ? coordinatorId : member.id
					}
				]
			: []
	);
	await q.insert(profiles).values(profileRows);

	const skillIds = new Map<string, string>();
	const skillNames: string[] = [];
	for (const [themeName, names] of Object.entries(DEMO_SKILLS)) {
		for (const name of names) {
			skillIds.set(name, (await createSkill(networkId, name, themeName, q)).id);
			skillNames.push(name);
		}
	}

	// What each member shares and wants to learn: first what their posts are about, then their languages, then
	// picks derived from their index, up to 1–3 shared and 0–2 wanted skills.
	const plans = members.map(() => ({ share: new Set<string>(), learn: new Set<string>() }));
	for (const post of DEMO_POSTS) {
		for (const skill of post.skills) plans[post.author][post.kind === 'offer' ? 'share' : 'learn'].add(skill);
	}
	const fits = (i: number, skill: string, direction: 'share' | 'learn') => {
		const plan = plans[i];
		if (plan.share.has(skill) || plan.learn.has(skill)) return false;
		const language = SKILL_LANGUAGE[skill];
		return !language || languagesOf(i).includes(language) === (direction === 'share');
	};
	const memberSkillRows: (typeof memberSkills.$inferInsert)[] = [];
	members.forEach((member, i) => {
		if (!member.active) return;
		const plan = plans[i];
		if (i % 2 === 0 && plan.share.size < 3) {
			const spoken = Object.keys(SKILL_LANGUAGE).find(
				(skill) => skill !== 'Conversation en français' && fits(i, skill, 'share')
			);
			if (spoken) plan.share.add(spoken);
		}
		const targets = { share: 1 + (i % 3), learn: (i * 2) % 3 };
		for (const direction of ['share', 'learn'] as const) {
			for (let k = 0; plan[direction].size < targets[direction] && k < skillNames.length; k++) {
				const skill = skillNames[(i * 7 + k * 11 + (direction === 'learn' ? 5 : 0)) % skillNames.length];
				if (fits(i, skill, direction)) plan[direction].add(skill);
			}
			[...plan[direction]].forEach((skill, k) =>
				memberSkillRows.push({
					networkId,
					accountId: member.id,
					skillId: skillIds.get(skill)!,
					direction,
					level: direction === 'learn' ? 'beginner' : (i + k) % 3 === 0 ? 'advanced' : 'intermediate',
					formats: FORMAT_CHOICES[(i + k) % FORMAT_CHOICES.length],
					createdAt: at,
					updatedByAccountId: member.withoutEmail ? coordinatorId : member.id
				})
			);
		}
	});
	await q.insert(memberSkills).values(memberSkillRows);

	const themeIds = new Map(
		(await q.select().from(themes).where(eq(themes.networkId, networkId))).map((t) => [t.name, t.id])
	);
	for (const [n, post] of DEMO_POSTS.entries()) {
		const createdAt = new Date(at.getTime() - post.age * DAY - ((n * 37) % 600) * 60 * 1000);
		const expiresAt = expiryFrom(post.kind, createdAt);
		const startsAt = post.inDays === undefined ? null : new Date(at.getTime() + post.inDays * DAY);
		startsAt?.setUTCHours(13, 0, 0, 0);
		const closedAt = post.closed ? new Date(at.getTime() - post.closed.daysAgo * DAY) : null;
		await createPost(
			networkId,
			members[post.author].id,
			{
				kind: post.kind,
				title: post.title,
				description: post.description,
				themeId: themeIds.get(post.theme),
				skillIds: post.skills.map((skill) => skillIds.get(skill)!),
				format: post.format ?? 'one_to_one',
				placeKind: post.placeKind ?? 'neighbourhood',
				place: post.place,
				whenKind: startsAt ? 'once' : (post.whenKind ?? 'flexible'),
				startsAt,
				whenNote: post.whenNote,
				status: post.closed?.status ?? 'open',
				closedAt,
				createdAt,
				expiresAt,
				// An expired post had its reminder a week before it expired.
				expiryNoticeSentAt: expiresAt <= at ? new Date(expiresAt.getTime() - EXPIRY_NOTICE_DAYS_BEFORE * DAY) : null
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
