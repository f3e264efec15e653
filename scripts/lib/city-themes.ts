// French material for the city-scale seed: skills and post templates by theme. Theme keys follow the seeded
// themes (src/lib/server/skills/seed-themes.ts), by their French names.

type ThemeMaterial = { skills: string[]; offers: string[]; requests: string[]; details: string[] };

export const THEMES: Record<string, ThemeMaterial> = {
	Cuisine: {
		skills: [
			'Cuisine libanaise',
			'Cuisine marocaine',
			'Pâtisserie',
			'Cuisine végétarienne',
			'Pain maison',
			'Cuisine antillaise',
			'Cuisine vietnamienne',
			'Conserves et confitures',
			'Cuisine anti-gaspi'
		],
		offers: [
			'Cours de cuisine libanaise',
			'Je vous apprends à faire le pain',
			'Atelier pâtisserie pour débutants',
			'Recettes anti-gaspi avec les restes',
			'Cuisine marocaine : couscous et tajine',
			'Faire ses confitures maison',
			'Cuisine végétarienne pas chère'
		],
		requests: [
			'Apprendre à cuisiner pour ma famille',
			'Qui peut me montrer le pain maison ?',
			'Cherche recettes simples pour petit budget',
			'Besoin d’aide pour un repas de fête',
			'Apprendre la pâtisserie orientale'
		],
		details: [
			'On cuisine ensemble puis on partage le repas.',
			'Les ingrédients sont fournis, apportez un tablier.',
			'Idéal pour les débutants, aucune expérience nécessaire.',
			'Je cuisine depuis vingt ans pour une grande famille.',
			'On peut se retrouver dans la cuisine de l’association.'
		]
	},
	'Informatique & numérique': {
		skills: [
			'Excel',
			'Word',
			'Démarches en ligne',
			'Smartphone',
			'Courriel',
			'Visioconférence',
			'Réparation d’ordinateur',
			'Réseaux sociaux',
			'Traitement de texte'
		],
		offers: [
			'Initiation à Excel',
			'Je vous aide avec votre smartphone',
			'Créer une adresse courriel',
			'Atelier démarches en ligne',
			'Dépannage d’ordinateur',
			'Apprendre à faire une visioconférence'
		],
		requests: [
			'Aide pour utiliser mon téléphone',
			'Besoin d’aide pour les démarches sur internet',
			'Mon ordinateur est très lent',
			'Apprendre Word pour écrire des lettres',
			'Comment envoyer une pièce jointe ?'
		],
		details: [
			'Sur les postes de la salle informatique ou sur votre appareil.',
			'Patience garantie, on va à votre rythme.',
			'Apportez vos identifiants si vous en avez.',
			'Je travaille dans l’informatique depuis dix ans.'
		]
	},
	Jardinage: {
		skills: [
			'Potager',
			'Compost',
			'Plantes d’intérieur',
			'Taille des arbres fruitiers',
			'Semis',
			'Permaculture',
			'Jardinage sur balcon'
		],
		offers: [
			'Cours de jardinage au jardin partagé',
			'Je partage mes semis de tomates',
			'Faire son compost en appartement',
			'Initiation à la permaculture',
			'Tailler ses arbres fruitiers'
		],
		requests: [
			'Apprendre à jardiner sur mon balcon',
			'Qui veut m’aider au potager ?',
			'Mes plantes d’intérieur dépérissent',
			'Cherche conseils pour un premier potager'
		],
		details: [
			'Rendez-vous aux jardins Gorki.',
			'Des graines et des outils sont disponibles.',
			'On apprend les gestes de saison.',
			'Parfait pour les enfants aussi.'
		]
	},
	'Bricolage & réparation': {
		skills: [
			'Plomberie',
			'Électricité',
			'Peinture',
			'Menuiserie',
			'Réparation d’électroménager',
			'Montage de meubles',
			'Petits travaux'
		],
		offers: [
			'Je répare vos petits appareils',
			'Atelier peinture et enduit',
			'Montage de meubles en kit',
			'Initiation à la menuiserie',
			'Changer un joint de robinet'
		],
		requests: [
			'Qui veut me montrer comment déboucher un évier ?',
			'Réparer une prise électrique',
			'Besoin d’aide pour monter une armoire',
			'Fuite sous le lavabo',
			'Repeindre la chambre des enfants'
		],
		details: [
			'Les outils sont au local bricolage.',
			'On le fait ensemble pour que vous sachiez le refaire.',
			'Rien de compliqué, une heure suffit.',
			'Je suis plombier à la retraite.'
		]
	},
	Langues: {
		skills: [
			'Arabe',
			'Anglais',
			'Espagnol',
			'Français langue étrangère',
			'Portugais',
			'Wolof',
			'Tamoul',
			'Langue des signes'
		],
		offers: [
			'Conversation en anglais',
			'Cours d’arabe pour enfants',
			'Je vous aide à pratiquer le français',
			'Initiation à l’espagnol',
			'Découvrir la langue des signes'
		],
		requests: [
			'Apprendre le français pour le travail',
			'Cherche partenaire de conversation en anglais',
			'Améliorer mon écrit en français',
			'Apprendre l’arabe littéraire'
		],
		details: [
			'Autour d’un café, sans pression.',
			'Tous niveaux bienvenus.',
			'On peut aussi échanger : je vous apprends ma langue, vous la vôtre.',
			'Une heure par semaine.'
		]
	},
	'Emploi & démarches': {
		skills: [
			'CV',
			'Lettre de motivation',
			'Entretien d’embauche',
			'Démarches administratives',
			'Recherche d’emploi',
			'Création d’entreprise'
		],
		offers: [
			'Aide pour un CV',
			'Préparer un entretien d’embauche',
			'Relecture de lettres de motivation',
			'Je vous accompagne dans les démarches',
			'Conseils pour créer son activité'
		],
		requests: [
			'Besoin d’aide pour mon CV',
			'Entraînement avant un entretien',
			'Comprendre un courrier administratif',
			'Cherche des conseils pour retrouver un emploi'
		],
		details: [
			'Apportez votre CV actuel, même incomplet.',
			'Je suis recruteuse et je connais les attentes.',
			'On n’est pas seul pour chercher du travail.',
			'Confidentialité assurée.'
		]
	},
	"Garde d'enfants": {
		skills: ['Garde d’enfants', 'Aide aux devoirs', 'Sortie d’école', 'Activités pour enfants'],
		offers: [
			'Garde d’enfants pendant un entretien',
			'Aide aux devoirs le soir',
			'Je peux récupérer vos enfants à l’école',
			'Activités manuelles pour enfants'
		],
		requests: [
			'Garde pour souffler un après-midi',
			'Qui peut garder mon fils pendant un entretien ?',
			'Aide aux devoirs en mathématiques',
			'Sortie d’école le jeudi'
		],
		details: [
			'Entre membres de confiance du réseau.',
			'Je suis maman de trois enfants.',
			'Pour quelques heures seulement.',
			'Les coordinateurs vérifient les gardes.'
		]
	},
	Couture: {
		skills: ['Couture à la main', 'Machine à coudre', 'Retouches', 'Tricot', 'Crochet', 'Broderie'],
		offers: [
			'Atelier retouches de vêtements',
			'Apprendre la machine à coudre',
			'Cours de tricot',
			'Initiation au crochet',
			'Coudre un sac en tissu'
		],
		requests: [
			'Faire un ourlet de pantalon',
			'Apprendre à coudre un bouton',
			'Réparer une fermeture éclair',
			'Cherche une machine à coudre à emprunter'
		],
		details: [
			'Apportez vos vêtements à retoucher.',
			'Deux machines sont disponibles au local.',
			'Patience et bonne humeur.',
			'On commence par des points simples.'
		]
	},
	'Musique & danse': {
		skills: ['Guitare', 'Danse orientale', 'Chant', 'Piano', 'Percussions', 'Danse africaine', 'Hip-hop'],
		offers: [
			'Je souhaite partager ma connaissance en danse',
			'Cours de guitare pour débutants',
			'Chorale du quartier',
			'Initiation aux percussions',
			'Danse orientale entre voisines'
		],
		requests: [
			'Apprendre la guitare',
			'Cherche partenaire pour danser',
			'Qui peut m’apprendre le piano ?',
			'Apprendre à chanter juste'
		],
		details: [
			'Dans la salle de réunion, le soir.',
			'Aucun instrument nécessaire pour commencer.',
			'Bonne ambiance garantie.',
			'On prépare un petit spectacle pour la fête de quartier.'
		]
	},
	'Mobilité & vélo': {
		skills: [
			'Réparation de vélo',
			'Apprendre à faire du vélo',
			'Covoiturage',
			'Transports en commun',
			'Code de la route'
		],
		offers: [
			'Atelier réparation de vélo',
			'J’apprends le vélo aux adultes',
			'Covoiturage vers La Défense',
			'Réviser le code de la route',
			'Se repérer dans les transports'
		],
		requests: [
			'Réparer mon vélo',
			'J’ai besoin d’aide pour réparer mon vélo',
			'Apprendre à faire du vélo à 40 ans',
			'Cherche covoiturage pour le marché',
			'Pneu crevé, qui peut aider ?'
		],
		details: [
			'Au local bricolage, avec les outils de l’association.',
			'Rustine, chaîne, freins : on voit tout.',
			'Le samedi matin au parc.',
			'Casque prêté si besoin.'
		]
	},
	'Bien-être': {
		skills: ['Yoga', 'Méditation', 'Marche', 'Massage', 'Sophrologie', 'Gym douce'],
		offers: [
			'Marche du dimanche au parc',
			'Yoga doux pour tous',
			'Initiation à la méditation',
			'Gym douce pour seniors'
		],
		requests: ['Cherche compagnie pour marcher', 'Apprendre à se détendre', 'Reprendre le sport en douceur'],
		details: ['Tenue confortable conseillée.', 'On prend soin de soi ensemble.', 'Ouvert à toutes et tous.']
	},
	Autre: {
		skills: ['Écoute', 'Bons plans', 'Photographie', 'Échecs', 'Lecture à voix haute', 'Généalogie'],
		offers: [
			'Bons plans du quartier',
			'Partie d’échecs au café',
			'Initiation à la photographie',
			'Lecture à voix haute pour les aînés'
		],
		requests: ['Cherche quelqu’un pour discuter', 'Apprendre à jouer aux échecs', 'Faire des photos pour ma famille'],
		details: ['Un moment de partage avant tout.', 'Au café associatif.', 'Pas besoin de matériel.']
	}
};
