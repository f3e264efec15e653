// French material for the city-scale seed: the town — its neighbourhoods, venues, languages and the times
// people give. Skills and post templates by theme are in city-themes.ts.

export const NEIGHBOURHOODS: [name: string, weight: number][] = [
	['Le Parc', 9],
	['Les Fontenelles', 8],
	['Le Petit-Nanterre', 8],
	["Le Chemin de l'Île", 6],
	['Le Vieux-Pont', 5],
	['Les Provinces françaises', 6],
	['Le Mont-Valérien', 5],
	['Le Plateau', 4],
	['Centre-ville', 7],
	['Université', 4],
	['La Boule', 4],
	['Les Groues', 3],
	['Le Parc Sud', 3],
	['Les Champs-Pierreux', 4]
];

export const VENUES = [
	'Maison de quartier des Fontenelles',
	"Cuisine d'Authenti'Cité",
	'Jardins Gorki',
	'Médiathèque du Petit-Nanterre',
	"Salle informatique de l'association",
	'Local bricolage du Parc'
];

export const LANGUAGES = ['français', 'arabe', 'anglais', 'portugais', 'espagnol', 'wolof', 'tamoul', 'vietnamien'];

export const WHEN_NOTES = [
	'Le samedi matin',
	'En semaine après 18 h',
	'Le mercredi après-midi',
	'Le dimanche',
	'Quand vous voulez',
	'Le mardi soir'
];
