// French first and last names of the neighbourhood, and the email address a name gives: shared by the demo
// network, the city-scale seed and the tests' builders.
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

export function emailFor(name: string, domain = 'exemple.org'): string {
	const local = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '.')
		.replace(/^\.|\.$/g, '');
	return `${local}@${domain}`;
}
