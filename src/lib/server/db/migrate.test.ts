import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from './client.ts';

describe('migrations', () => {
	it('create the extensions search and bookings rely on', async () => {
		const rows = await db().execute<{ extname: string }>(sql`select extname from pg_extension order by extname`);
		const names = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { extname: string }[] }).rows).map(
			(r) => r.extname
		);
		expect(names).toEqual(expect.arrayContaining(['btree_gist', 'pg_trgm', 'unaccent']));
	});

	it('make a second instance row impossible', async () => {
		await db().execute(sql`insert into instance (id) values (1)`);
		await expect(db().execute(sql`insert into instance (id) values (1)`)).rejects.toThrow();
		await expect(db().execute(sql`insert into instance (id) values (2)`)).rejects.toThrow();
	});
});
