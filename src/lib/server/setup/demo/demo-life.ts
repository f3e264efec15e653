// The demo network's life, as data (issue 14): people are indexes in the demo member loop (0 is the demo's own
// coordinator; 1–32 are active members; 33–35 wait for approval). demo-activity.ts plays it through the domain.
import type { EventKind } from '../../../event-options.ts';
import type { IntroductionStatus } from '../../introductions/transitions.ts';

export const DEMO_VENUES = [
	{
		name: "Cuisine d'Authenti'Cité",
		address: '12 rue des Pâquerettes, 92000 Nanterre',
		accessNotes: 'Rez-de-chaussée, accessible en fauteuil. Sonnez à « Authenti’Cité ».',
		doorEntry: '',
		capacity: 12,
		partnerName: "Association Authenti'Cité",
		isOwnSpace: false
	},
	{
		name: 'Jardins Gorki',
		address: 'Allée Maxime Gorki, 92000 Nanterre',
		accessNotes: 'Entrée par le portail vert, derrière la tour 12. Prévoir des chaussures fermées.',
		doorEntry: '',
		capacity: 20,
		partnerName: 'Jardins partagés Gorki',
		isOwnSpace: false
	},
	{
		name: 'Salle du réseau',
		address: '3 place des Muguets, 92000 Nanterre',
		accessNotes: 'Premier étage, ascenseur au fond du hall. Six ordinateurs et une imprimante.',
		doorEntry: 'Code de la porte : 4512B',
		capacity: 15,
		partnerName: '',
		isOwnSpace: true
	}
];

type DemoGroup = {
	name: string;
	theme: string;
	description: string;
	joinPolicy: 'open' | 'approval';
	members: number[];
	announcement: string;
	talk: [number, string][];
};

export const DEMO_GROUPS: DemoGroup[] = [
	{
		name: 'Cuisine du monde',
		theme: 'Cuisine',
		description: "On cuisine ensemble les recettes de nos pays, dans la cuisine d'Authenti'Cité.",
		joinPolicy: 'open',
		members: [1, 2, 5, 8, 11, 14, 17, 20],
		announcement: 'Journée découverte cuisine libanaise bientôt : inscrivez-vous dans l’agenda !',
		talk: [
			[2, 'Qui apporte des pois chiches ? J’ai déjà le tahini.'],
			[5, 'Moi ! Et je peux venir plus tôt pour aider à installer.']
		]
	},
	{
		name: 'Jardinage aux jardins Gorki',
		theme: 'Jardinage',
		description: 'Potager, compost et boutures, chaque samedi matin quand il fait beau.',
		joinPolicy: 'open',
		members: [3, 6, 9, 12, 15, 18],
		announcement: 'Les semis de tomates sont prêts : venez en prendre pour votre balcon.',
		talk: [[6, 'J’ai des boutures de menthe à donner, qui en veut ?']]
	},
	{
		name: 'Informatique pour tous',
		theme: 'Informatique & numérique',
		description: 'Smartphone, e-mails, démarches en ligne : on apprend pas à pas, sans jugement.',
		joinPolicy: 'open',
		members: [4, 7, 10, 13, 16, 19, 21],
		announcement: 'L’atelier du mardi reprend : apportez votre téléphone chargé.',
		talk: [[10, 'Merci pour la séance de mardi, j’ai enfin réussi à envoyer une photo !']]
	},
	{
		name: 'Langues et conversation',
		theme: 'Langues',
		description: 'Arabe, anglais, portugais, wolof, et du français pour celles et ceux qui arrivent.',
		joinPolicy: 'open',
		members: [1, 11, 22, 23, 24],
		announcement: 'Café conversation le jeudi à 17 h, salle du réseau.',
		talk: [[23, 'Je cherche quelqu’un pour pratiquer l’anglais avant un entretien.']]
	},
	{
		name: 'Cercle emploi',
		theme: 'Emploi & démarches',
		description: 'Entre personnes qui cherchent un emploi : CV, entretiens, bons plans, et ne pas rester seul.',
		joinPolicy: 'approval',
		members: [],
		announcement: 'Point de la semaine lundi 10 h : chacun dit où il en est.',
		talk: []
	}
];

type DemoEvent = {
	title: string;
	description: string;
	kind: EventKind;
	group?: string;
	venue: string;
	/** Days from now; ignored for a past event. */
	inDays: number;
	/** Moves the start on to this weekday (0 = Sunday, 2 = Tuesday), for a series named after its day. */
	weekday?: number;
	hourUtc: number;
	hours: number;
	capacity: number;
	/** A weekly series of this many occurrences. */
	weeks?: number;
	/** The index of an occurrence cancelled alone. */
	cancelOccurrence?: number;
	registrants: number[];
	cancels?: number[];
	/** Happened this many days ago (attendance marked, `absent` did not come). */
	past?: number;
	absent?: number[];
};

export const DEMO_EVENTS: DemoEvent[] = [
	{
		title: 'Journée découverte cuisine libanaise',
		description: 'On cuisine ensemble des mezzés avec Rachida, puis on partage le repas. Tabliers fournis.',
		kind: 'discovery_day',
		group: 'Cuisine du monde',
		venue: "Cuisine d'Authenti'Cité",
		inDays: 5,
		hourUtc: 9,
		hours: 5,
		capacity: 6,
		// Six places, eight people: two wait; one cancels, so the first in line is offered the place.
		registrants: [2, 5, 8, 11, 14, 17, 20, 1],
		cancels: [8]
	},
	{
		title: 'Atelier numérique du mardi',
		description: 'Chaque mardi : se servir de son téléphone, ses e-mails, ses démarches. Venez avec vos questions.',
		kind: 'workshop',
		group: 'Informatique pour tous',
		venue: 'Salle du réseau',
		inDays: 1,
		weekday: 2,
		hourUtc: 13,
		hours: 2,
		capacity: 8,
		weeks: 6,
		cancelOccurrence: 2,
		registrants: [4, 7, 10, 16]
	},
	{
		title: 'Semis et compost aux jardins Gorki',
		description: 'On prépare les bacs du printemps et on apprend à faire son compost.',
		kind: 'workshop',
		group: 'Jardinage aux jardins Gorki',
		venue: 'Jardins Gorki',
		inDays: 12,
		hourUtc: 8,
		hours: 3,
		capacity: 15,
		registrants: [3, 6, 9]
	},
	{
		title: 'Atelier CV et lettre de motivation',
		description: 'Chacun vient avec son CV, on le relit à deux et on prépare une lettre.',
		kind: 'skills_session',
		venue: 'Salle du réseau',
		inDays: 0,
		hourUtc: 13,
		hours: 2,
		capacity: 10,
		registrants: [12, 19, 21, 23, 25],
		past: 9,
		absent: [25]
	},
	{
		// The job circle's weekly meeting (issue 16, decision 031): its members register each week if they wish.
		title: 'Point de la semaine du cercle emploi',
		description: 'Chaque lundi : chacun dit où il en est, on partage les offres repérées et les bons contacts.',
		kind: 'meeting',
		group: 'Cercle emploi',
		venue: 'Salle du réseau',
		inDays: 1,
		weekday: 1,
		hourUtc: 9,
		hours: 1,
		capacity: 15,
		weeks: 6,
		registrants: []
	}
];

/** Introductions on the open posts (by their order), answered or made by the coordinator, moved by the author. */
export const DEMO_INTRODUCTIONS: {
	post: number;
	by: 'answer' | 'coordinator';
	helpers: number[];
	steps: IntroductionStatus[];
}[] = [
	{ post: 0, by: 'answer', helpers: [9], steps: [] },
	{ post: 1, by: 'answer', helpers: [14], steps: ['accepted'] },
	{ post: 2, by: 'coordinator', helpers: [21, 26], steps: [] },
	{ post: 3, by: 'coordinator', helpers: [7], steps: ['accepted', 'met'] },
	{ post: 4, by: 'answer', helpers: [12], steps: ['accepted', 'met', 'done'] },
	{ post: 5, by: 'answer', helpers: [28], steps: ['no_follow_up'] }
];

export const DEMO_EXCHANGES: {
	sharer: number;
	learners: number[];
	skill: string;
	daysAgo: number;
	minutes: number;
	confirmed: boolean;
	thanks?: string;
}[] = [
	{
		sharer: 2,
		learners: [5, 11],
		skill: 'Cuisine libanaise',
		daysAgo: 20,
		minutes: 120,
		confirmed: true,
		thanks: 'Merci Rachida, les mezzés étaient délicieux !'
	},
	{
		sharer: 10,
		learners: [4],
		skill: "Se servir d'un smartphone",
		daysAgo: 12,
		minutes: 60,
		confirmed: true,
		thanks: 'Grâce à toi je fais mes visios avec ma fille.'
	},
	{ sharer: 6, learners: [3], skill: 'Potager', daysAgo: 6, minutes: 90, confirmed: true },
	{ sharer: 17, learners: [9], skill: 'Réparation de vélo', daysAgo: 2, minutes: 45, confirmed: false }
];

/** Conversations: the first message's author starts it with `with`; 'admin' is the person who set up the demo. */
export const DEMO_CONVERSATIONS: {
	with: number[] | 'admin';
	messages: [number | 'admin', string][];
	reported?: string;
}[] = [
	{
		with: [5],
		messages: [
			[2, 'Bonjour ! Tu viens samedi à la journée cuisine ?'],
			[5, 'Oui, je serai là à 10 h. Je ramène des citrons.']
		]
	},
	{
		with: 'admin',
		messages: [
			[11, 'Bonjour, je voudrais proposer un atelier couture. Comment faire ?'],
			[11, 'Je suis disponible le mercredi après-midi.']
		]
	},
	{
		with: [23],
		messages: [
			[30, 'Tu veux qu’on se voie pour ton entretien ?'],
			[30, 'Réponds vite ou je publie ton numéro partout.']
		],
		reported: 'Ce message me met mal à l’aise.'
	}
];
