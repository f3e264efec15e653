import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../../../tests/factories.ts';
import { db, sqlRows } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { themes } from '../db/schema/index.ts';

describe('the themes of a new network', () => {
	it('are the twelve seeded themes, in French and in order', async () => {
		const network = await createNetwork();
		const rows = await db().select().from(themes).where(eq(themes.networkId, network.id)).orderBy(asc(themes.position));
		expect(rows.map((t) => t.name)).toEqual([
			'Cuisine',
			'Informatique & numérique',
			'Jardinage',
			'Bricolage & réparation',
			'Langues',
			'Emploi & démarches',
			"Garde d'enfants",
			'Couture',
			'Musique & danse',
			'Mobilité & vélo',
			'Bien-être',
			'Autre'
		]);
	});

	it('never hold two names that differ only by case, accents or spaces', async () => {
		const network = await createNetwork();
		const error = await db()
			.insert(themes)
			.values({ networkId: network.id, name: '  BRICOLAGE   &  Réparation ' })
			.catch((e: unknown) => e);
		expect(isUniqueViolation(error)).toBe(true);
		// Another network has its own themes.
		const other = await createNetwork();
		expect(await db().$count(themes, eq(themes.networkId, other.id))).toBe(12);
	});

	it('are searched in French without accents: word forms meet', async () => {
		const matches = async (text: string, query: string) => {
			const [row] = await sqlRows<{ hit: boolean }>(
				db(),
				sql`select to_tsvector('french_unaccent', ${text}) @@ websearch_to_tsquery('french_unaccent', ${query}) as hit`
			);
			return row.hit;
		};
		expect(await matches('Réparer mon vélo', 'velo')).toBe(true);
		expect(await matches('Réparer mon vélo', 'réparations')).toBe(true);
		expect(await matches('Qui veut me montrer comment déboucher un évier ?', 'deboucher')).toBe(true);
		expect(await matches('Cours de cuisine libanaise', 'jardinage')).toBe(false);
	});
});
