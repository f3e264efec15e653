// Opens and migrates the database chosen by the configuration, and makes it the process's database.
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { Config } from '../config.ts';
import { openPostgres, pgliteExtensions, useConnection, wrapPglite, type Connection } from './client.ts';
import { migratePgliteDatabase, migratePostgresDatabase } from './migrate.ts';

export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Connection> {
	let connection: Connection;
	if (config.databaseUrl) {
		await migratePostgresDatabase(config.databaseUrl);
		connection = openPostgres(config.databaseUrl);
	} else {
		mkdirSync(config.dataDir, { recursive: true });
		const client = await PGlite.create(config.dataDir, { extensions: pgliteExtensions });
		await migratePgliteDatabase(client);
		connection = wrapPglite(client);
	}
	useConnection(connection);
	return connection;
}
