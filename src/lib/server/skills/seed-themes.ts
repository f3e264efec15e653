import { m } from '#lib/paraglide/messages.js';
import type { Queryable } from '../db/client.ts';
import { themes } from '../db/schema/index.ts';

// The themes every new network starts with, in this order; coordinators rename, add and archive them later.
const SEEDED = [
	m.theme_seed_cuisine,
	m.theme_seed_digital,
	m.theme_seed_gardening,
	m.theme_seed_diy,
	m.theme_seed_languages,
	m.theme_seed_jobs,
	m.theme_seed_childcare,
	m.theme_seed_sewing,
	m.theme_seed_music,
	m.theme_seed_cycling,
	m.theme_seed_wellbeing,
	m.theme_seed_other
];

/** Gives a new network its starting themes, named in French (the network's language). */
export async function seedThemes(q: Queryable, networkId: string) {
	await q
		.insert(themes)
		.values(SEEDED.map((message, i) => ({ networkId, name: message({}, { locale: 'fr' }), position: (i + 1) * 10 })));
}
