// Opens and migrates the database chosen by the configuration, and makes it the process's database.
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { Config } from '../config.ts';
import { openPostgres, pgliteExtensions, useConnection, wrapPglite, type Connection } from './client.ts';
import { lockDataDir } from './data-dir-lock.ts';
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

/** PGlite on a data directory that this process alone holds until close (data-dir-lock.ts, decision 003). */
async function openPglite(dataDir: string): Promise<Connection> {
	mkdirSync(dataDir, { recursive: true });
	const lock = lockDataDir(dataDir);
	let client: PGlite | undefined;
	try {
		client = await PGlite.create(dataDir, { extensions: pgliteExtensions });
		await migratePgliteDatabase(client);
	} catch (error) {
		await client?.close().catch(() => {});
		lock.release();
		throw error;
	}
	const connection = wrapPglite(client);
	return {
		...connection,
		close: async () => {
			try {
				await connection.close();
			} finally {
				lock.release();
			}
		}
	};
}
