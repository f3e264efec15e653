// Opens and migrates the database chosen by the configuration, and makes it the process's database.
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { Config } from '../config.ts';
import { openPostgres, pgliteExtensions, useConnection, wrapPglite, type Connection } from './client.ts';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate.ts';

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Connection> {
	const connection = config.databaseUrl
		? await openPostgresDatabase(config.databaseUrl)
		: await openPglite(config.dataDir);
	useConnection(connection);
	return connection;
}

async function openPostgresDatabase(url: string): Promise<Connection> {
	await migratePostgresDatabase(url);
	return openPostgres(url);
}

type HeldDataDir = { client: PGlite; lock: DataDirLock };

// The data directories this process holds, by path. `vite dev` re-evaluates the server's modules after an edit
// and runs the `init` hook again in the same process: the directory is still ours, so its open PGlite is reused
// (opening the files a second time is what the lock is there to prevent). Kept on globalThis for that reason.
const HELD = Symbol.for('entrelien.heldDataDirs');
const held = ((globalThis as Record<symbol, unknown>)[HELD] ??= new Map()) as Map<string, Promise<HeldDataDir>>;

/** PGlite on a data directory that this process alone holds until close (data-dir-lock.ts, decision 003). */
async function openPglite(dataDir: string): Promise<Connection> {
	let opening = held.get(dataDir);
	if (opening) {
		const { client } = await opening;
		await migratePgliteDatabase(client);
	} else {
		opening = holdDataDir(dataDir);
		held.set(dataDir, opening);
		opening.catch(() => held.delete(dataDir));
	}
	const ours = opening;
	const { client, lock } = await ours;
	const connection = wrapPglite(client);
	return {
		...connection,
		close: async () => {
			if (held.get(dataDir) === ours) held.delete(dataDir);
			try {
				await connection.close();
			} finally {
				lock.release();
			}
		}
	};
}

async function holdDataDir(dataDir: string): Promise<HeldDataDir> {
	mkdirSync(dataDir, { recursive: true });
	const lock = lockDataDir(dataDir);
	let client: PGlite | undefined;
	try {
		client = await PGlite.create(dataDir, { extensions: pgliteExtensions });
		await migratePgliteDatabase(client);
		return { client, lock };
	} catch (error) {
		await client?.close().catch(() => {});
		lock.release();
		throw error;
	}
}
