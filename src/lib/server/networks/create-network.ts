import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { networks } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { seedThemes } from '../skills/seed-themes.ts';

export type NetworkFields = { name: string; town: string; description: string; joinPolicy?: 'open' | 'approval' };

/** « Réseau d'Entraide des Épinettes » → « reseau-d-entraide-des-epinettes ». */
export function slugify(name: string): string {
	const slug = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 50)
		.replace(/-+$/g, '');
	return slug || 'reseau';
}

/** Inserts a network with a unique slug derived from its name (suffixes -2, -3… when taken), and its themes. */
export async function insertNetwork(tx: Queryable, fields: NetworkFields) {
	const base = slugify(fields.name);
	const taken = await tx
		.select({ slug: networks.slug })
		.from(networks)
		.where(sql`${networks.slug} = ${base} or ${networks.slug} like ${base + '-%'}`);
	const used = new Set(taken.map((t) => t.slug));
	let slug = base;
	for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
	const [row] = await tx
		.insert(networks)
		.values({ ...fields, slug, joinPolicy: fields.joinPolicy ?? 'approval' })
		.returning();
	if (!row) throw new AppError('slug_taken');
	await seedThemes(tx, row.id);
	return row;
}
