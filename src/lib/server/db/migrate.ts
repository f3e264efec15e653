// Applies the SQL files of migrations/ in order, then the database's code (migrations/code/, decision 026). On
// PostgreSQL an advisory lock makes it safe when several app processes start together; PGlite has a single
// backend, so there is nothing to race with.
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { applyDatabaseCode, type SqlRunner } from './database-code.ts';

export const migrationsFolder = resolve(process.env.MIGRATIONS_DIR ?? 'migrations');
export const databaseCodeFolder = join(migrationsFolder, 'code');

const MIGRATION_LOCK = 7_326_001; // any constant shared by every process of this app

export async function migratePostgresDatabase(url: string): Promise<void> {
	const client = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
		await migratePostgres(drizzlePostgres(client), { migrationsFolder });
		await applyDatabaseCode(postgresRunner(client), databaseCodeFolder);
		await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
	} finally {
		await client.end({ timeout: 5 });
	}
}

export async function migratePgliteDatabase(client: PGlite): Promise<void> {
	await migratePglite(drizzlePglite(client), { migrationsFolder });
	await applyDatabaseCode(pgliteRunner(client), databaseCodeFolder);
}

export function postgresRunner(client: postgres.Sql): SqlRunner {
	return {
		rows: async (text) => [...(await client.unsafe(text))],
		// Without parameters, postgres.js sends the simple protocol: several statements, one implicit transaction.
		run: async (text) => {
			await client.unsafe(text);
		}
	};
}

export function pgliteRunner(client: PGlite): SqlRunner {
	return {
		rows: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
		run: async (text) => {
			await client.transaction(async (tx) => {
				await tx.exec(text);
			});
		}
	};
}
