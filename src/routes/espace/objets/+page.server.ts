import { listCatalogue } from '#lib/server/library/catalogue.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// « Objets à emprunter »: the network's items by category with their state (decision 030).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ categories: await listCatalogue(scopeOf(event)) }));
