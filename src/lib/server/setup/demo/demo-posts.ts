// The demo network's posts, as data: who published what, when, in which state. fill-demo-network.ts writes them.

export type DemoPost = {
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
export const DEMO_POSTS: DemoPost[] = [
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
