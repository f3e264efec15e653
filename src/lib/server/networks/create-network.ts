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

/**
 * Inserts a network and its themes. Its slug is `options.slug` as given (the unique constraint refuses one
 * that is taken), else derived from its name, made unique with -2, -3… suffixes.
 */
export async function insertNetwork(tx: Queryable, fields: NetworkFields, options: { slug?: string } = {}) {
	const slug = options.slug ?? (await freeSlug(tx, slugify(fields.name)));
	const [row] = await tx
		.insert(networks)
		.values({ ...fields, slug, joinPolicy: fields.joinPolicy ?? 'approval' })
		.returning();
	if (!row) throw new AppError('slug_taken');
	await seedThemes(tx, row.id);
	return row;
}

async function freeSlug(tx: Queryable, base: string): Promise<string> {
	const taken = await tx
		.select({ slug: networks.slug })
		.from(networks)
		.where(sql`${networks.slug} = ${base} or ${networks.slug} like ${base + '-%'}`);
	const used = new Set(taken.map((t) => t.slug));
	let slug = base;
	for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`;
	return slug;
}
