// The people of the Petit-Nanterre journeys. Each journey starts from its own copy of this network (useWorld):
// Anne set it up and administers the instance, Karim is an active member; a journey adds what it needs.
import type { WorldDescription, WorldPerson } from './world-description.ts';

export const anne = { name: 'Anne Lefèvre', email: 'anne.lefevre@exemple.org', password: 'jardins-partages-2026' };
export const karim = { name: 'Karim Benali', email: 'karim.benali@exemple.org', password: 'velo-et-cafe-93' };
/** A member without email, created by the coordinators (journey 03 shows how). */
export const gerard = { name: 'Gérard Moreau', email: null };
export const network = { name: 'Réseau des savoirs du Petit-Nanterre', town: 'Nanterre' };

/** Anne's network with Karim, plus `more` people and whatever else the journey needs already there. */
export function petitNanterre(
	more: WorldPerson[] = [],
	extra: Pick<WorldDescription, 'posts' | 'messages'> = {}
): WorldDescription {
	return {
		network: { ...network, description: 'Voisines et voisins partagent leurs savoirs.' },
		coordinator: anne,
		members: [karim, ...more],
		...extra
	};
}
