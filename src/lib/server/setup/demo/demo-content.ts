// The demo network's content (decision 011): the network, its people and skills, as data (its posts are in
// demo-posts.ts). fill-demo-network.ts writes it.
import type { NetworkFields } from '../../networks/create-network.ts';

export const demoNetwork: NetworkFields = {
	name: 'Réseau des savoirs du Petit-Nanterre',
	town: 'Nanterre',
	description:
		"Voisines et voisins du Petit-Nanterre partagent ce qu'ils savent faire : cuisine, informatique, jardinage, bricolage, langues, aide à l'emploi.",
	joinPolicy: 'approval'
};

export const DEMO_MEMBERS = 36;
export const DAY = 24 * 60 * 60 * 1000;

/** The demo skills by theme: the onboarding's suggestions and a few more, so members' choices land on them. */
export const DEMO_SKILLS: Record<string, string[]> = {
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
export const SKILL_LANGUAGE: Record<string, string> = {
	Arabe: 'arabe',
	Anglais: 'anglais',
	Portugais: 'portugais',
	Wolof: 'wolof',
	'Conversation en français': 'français'
};
export const DEMO_NEIGHBOURHOODS = [
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
export const DEMO_LANGUAGES: Record<string, string[]> = {
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
export const FORMAT_CHOICES = [
	['one_to_one'],
	['one_to_one', 'small_group'],
	['small_group'],
	['one_to_one', 'remote']
];
