import { requireMember, type Actor } from '../auth/policies.ts';
import { catalogueRows } from './catalogue-rows.ts';

/**
 * « Objets à emprunter »: the network's items by category (those without one last), each with its state
 * (« disponible », « emprunté jusqu'au 12 mars », « mis de côté », « en réparation »). For its members.
 */
export async function listCatalogue(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const rows = await catalogueRows({ actor, networkId: options.networkId });
	const byCategory = new Map<string, typeof rows>();
	for (const row of rows) {
		const list = byCategory.get(row.category) ?? [];
		list.push(row);
		byCategory.set(row.category, list);
	}
	const categories = [...byCategory.entries()].map(([category, items]) => ({ category, items }));
	// Items without a category come last, under « Autres objets ».
	return [...categories.filter((c) => c.category !== ''), ...categories.filter((c) => c.category === '')];
}
