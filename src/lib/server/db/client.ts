// The one database handle of the process: PGlite (PostgreSQL in WASM, in DATA_DIR) by default,
// a real PostgreSQL server when DATABASE_URL is set. Both speak the same SQL and run the same migrations.
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import postgres from 'postgres';
import type { PgliteThread } from './pglite-thread.ts';
import { preparingStatements } from './prepared-statements.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction: what a query helper needs. */
export type Queryable = Db | Tx;

export type Connection = {
	db: Db;
	kind: 'pglite' | 'postgres';
	close: () => Promise<void>;
	/** PGlite only (no checkpointer runs there): writes the dirty pages and drops the WAL before them. */
	checkpoint?: () => Promise<void>;
	/** PGlite only: its own LISTEN, in its thread (live messages on a server have a connection of their own). */
	listen?: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;
};

export { pgliteExtensions } from './pglite-extensions.ts';

/**
 * PGlite in this thread (the tests' databases) or in its own (pglite-thread.ts, the server's): drizzle-orm/pglite
 * only calls `query` and `transaction`, which both have.
 */
export function wrapPglite(client: PGlite | PgliteThread): Connection {
	return {
		db: drizzlePglite(client as PGlite, { schema }) as unknown as Db,
		kind: 'pglite',
		close: () => client.close()
	};
}

export function openPostgres(url: string, options: { max?: number } = {}): Connection {
	const client = preparingStatements(postgres(url, { max: options.max ?? 10, onnotice: () => {} }));
	return {
		db: drizzlePostgres(client, { schema }) as unknown as Db,
		kind: 'postgres',
		close: () => client.end({ timeout: 5 })
	};
}

let current: Connection | undefined;

/** The database of this process. Throws if nothing opened it (a programming error, not user input). */
export function db(): Db {
	if (!current) throw new Error('The database is not open: call useConnection() at start.');
	return current.db;
}

export function useConnection(connection: Connection | undefined): void {
	current = connection;
}

export function currentConnection(): Connection | undefined {
	return current;
}

/** Runs raw SQL and returns its rows: postgres.js gives an array, PGlite an object with `rows`. */
export async function sqlRows<T>(q: Queryable, query: SQL): Promise<T[]> {
	const result: unknown = await q.execute(query);
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
