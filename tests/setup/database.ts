// Gives each test file its own freshly migrated database (a copy of the template made by the global setup)
// and makes it the process's database, so domain functions run against real PostgreSQL (WASM or server).
import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import {
	openPostgres,
	pgliteExtensions,
	useConnection,
	wrapPglite,
	type Connection
} from '../../src/lib/server/db/client.ts';
import {
	pgliteNotifications,
	postgresNotifications,
	useNotifications,
	type NotificationSource
} from '../../src/lib/server/db/notifications.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		database: { kind: 'pglite' | 'postgres'; template: string };
	}
}

let connection: Connection | undefined;
let notifications: NotificationSource | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
	const { kind, template } = inject('database');
	if (kind === 'pglite') {
		const loadDataDir = new Blob([readFileSync(template)]);
		const client = await PGlite.create({ loadDataDir, extensions: pgliteExtensions });
		connection = wrapPglite(client);
		notifications = pgliteNotifications(client);
	} else {
		const name = `test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
		const admin = postgres(template, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name} template entrelien_template`);
		const url = template.replace(/\/postgres$/, `/${name}`);
		connection = openPostgres(url, { max: 60 });
		notifications = postgresNotifications(url);
		dropDatabase = async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		};
	}
	useConnection(connection);
	// Live messages wake their streams as in the app (db/notifications.ts).
	useNotifications(notifications);
});

afterAll(async () => {
	await notifications?.close();
	await connection?.close();
	useConnection(undefined);
	useNotifications(undefined);
	await dropDatabase?.();
});
