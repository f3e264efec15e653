// Two app processes on one PostgreSQL server, as behind a reverse proxy (README, « Plusieurs processus »): a
// throwaway PostgreSQL (scripts/lib/postgres-server.ts), one empty database, two built servers (scripts/serve.ts)
// started at the same moment on it — so they migrate it together, under the migration lock — and then the world
// written by seed-world.ts, like any journey's (world.ts). Used by journey 13.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { freePort, startPostgresServer } from '../../../scripts/lib/postgres-server.ts';
import type { WorldDescription } from './world-description.ts';
import { seed, stopProcess, waitUntilAnswering } from './world.ts';

const LOG_LINES_KEPT = 300;

export type TwoServers = {
	/** The two servers' addresses: each is its own origin, the database is the same. */
	urls: [string, string];
	/** The shared database, for what only the database can tell (who holds a place). */
	sql: postgres.Sql;
	serverLogs: () => string;
	stop: () => Promise<void>;
};

function startServer(port: number, databaseUrl: string, lines: string[]): ChildProcess {
	const url = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: url,
		DATABASE_URL: databaseUrl
	};
	delete env.SMTP_URL; // the outbox: nothing here reads mail
	const server = spawn(process.execPath, ['scripts/serve.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	const keep = (chunk: Buffer) => {
		lines.push(`[${port}] ${chunk.toString('utf8')}`);
		if (lines.length > LOG_LINES_KEPT) lines.splice(0, lines.length - LOG_LINES_KEPT);
	};
	server.stdout!.on('data', keep);
	server.stderr!.on('data', keep);
	return server;
}

export async function startTwoServers(description: WorldDescription): Promise<TwoServers> {
	const dir = mkdtempSync(join(process.env.E2E_TMP ?? tmpdir(), 'two-servers-'));
	const database = await startPostgresServer();
	const admin = postgres(database.url('postgres'), { max: 1, onnotice: () => {} });
	const servers: ChildProcess[] = [];
	const lines: string[] = [];
	const serverLogs = () => lines.join('').split('\n').slice(-LOG_LINES_KEPT).join('\n');
	let sql: postgres.Sql | undefined;
	const stop = async () => {
		await Promise.all(servers.map(stopProcess));
		await sql?.end();
		await admin.end();
		database.stop();
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		await admin`create database entrelien`;
		const databaseUrl = database.url('entrelien');
		const ports = [await freePort(), await freePort()];
		for (const port of ports) servers.push(startServer(port, databaseUrl, lines));
		const urls = ports.map((port) => `http://127.0.0.1:${port}`) as [string, string];
		await Promise.all(urls.map((url, i) => waitUntilAnswering(url + '/', servers[i], serverLogs)));
		await seed(join(dir, 'unused-data-dir'), databaseUrl, description);
		sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
		return { urls, sql, serverLogs, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}
