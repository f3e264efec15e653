// A journey's own world: the built app on a database of its own, seeded before the server starts
// (seed-world.ts), with its own SMTP catcher. Nothing is shared with another journey, so each file runs alone or
// beside others, in any order. The server runs with E2E_TEST_API=1, which opens the test-only clock address.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startMailCatcher, type MailCatcher } from './mail-catcher.ts';
import type { WorldDescription } from './world-description.ts';

const START_TIMEOUT_MS = 60_000;
const LOG_LINES_KEPT = 300;

// A worker that ends without its afterAll (killed, timed out) takes its servers with it.
const running = new Set<ChildProcess>();
process.once('exit', () => {
	for (const server of running) server.kill('SIGKILL');
});

export type World = {
	baseUrl: string;
	/** The file the world's catcher appends each message to (read by waitForMail). */
	mailFile: string;
	/** Puts the server's clock `ms` milliseconds ahead of the real time (test-only address, decision 004). */
	setClockOffset: (ms: number) => Promise<void>;
	/** How long each step of the start took, e.g. « copie 0.4 s, graine 2.1 s, serveur 3.0 s ». */
	startTimes: string;
	/** The server's last lines of output, for a failed test's report. */
	serverLog: () => string;
	stop: () => Promise<void>;
};

function template(): string {
	const dir = process.env.E2E_TEMPLATE_DIR;
	if (!dir) throw new Error("E2E_TEMPLATE_DIR n'est pas défini : lancez les parcours avec « npm run test:e2e ».");
	return dir;
}

/** On a PostgreSQL server (E2E_DATABASE_URL), a database of the world's own, dropped when it stops. */
async function ownPostgresDatabase(serverUrl: string) {
	const name = `entrelien_e2e_${process.pid}_${Date.now().toString(36)}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		url: url.href,
		drop: async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

/** Runs seed-world.ts on the world's database, as a process of its own (it holds the data directory meanwhile). */
export function seed(
	dataDir: string,
	databaseUrl: string | undefined,
	description: WorldDescription | null
): Promise<void> {
	const args = ['tests/e2e/support/seed-world.ts', dataDir, ...(description ? [JSON.stringify(description)] : [])];
	const env = { ...process.env, DATABASE_URL: databaseUrl ?? '' };
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code === 0) resolve();
			else reject(new Error(`Le monde du parcours n'a pas pu être préparé (code ${code}) :\n${output}`));
		});
	});
}

export async function waitUntilAnswering(url: string, server: ChildProcess, log: () => string): Promise<void> {
	const deadline = Date.now() + START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (server.exitCode !== null || server.signalCode !== null) {
			throw new Error(`Le serveur du parcours s'est arrêté (code ${server.exitCode ?? server.signalCode}) :\n${log()}`);
		}
		const up = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) }).then(
			() => true,
			() => false
		);
		if (up) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`Le serveur du parcours ne répond pas après ${START_TIMEOUT_MS / 1000} s :\n${log()}`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}

/** Starts a world on `port`: `null` is an instance not set up yet (the setup page's journey). */
export async function startWorld(description: WorldDescription | null, port: number): Promise<World> {
	const dir = mkdtempSync(join(process.env.E2E_TMP ?? tmpdir(), 'world-'));
	const dataDir = join(dir, 'data');
	let catcher: MailCatcher | undefined;
	let server: ChildProcess | undefined;
	let database: Awaited<ReturnType<typeof ownPostgresDatabase>> | undefined;
	const lines: string[] = [];
	const serverLog = () => lines.join('').split('\n').slice(-LOG_LINES_KEPT).join('\n');
	const stop = async () => {
		if (server) await stopProcess(server);
		if (server) running.delete(server);
		await catcher?.stop();
		await database?.drop();
		rmSync(dir, { recursive: true, force: true });
	};
	const steps: string[] = [];
	let last = performance.now();
	const step = (name: string) => {
		steps.push(`${name} ${((performance.now() - last) / 1000).toFixed(1)} s`);
		last = performance.now();
	};
	try {
		if (process.env.E2E_DATABASE_URL) database = await ownPostgresDatabase(process.env.E2E_DATABASE_URL);
		// A copy of the run's migrated template (scripts/e2e.ts): no migration to wait for.
		else cpSync(template(), dataDir, { recursive: true });
		step('copie');
		await seed(dataDir, database?.url, description);
		step('graine');
		const mailFile = join(dir, 'mail.jsonl');
		catcher = await startMailCatcher(mailFile);
		const baseUrl = `http://127.0.0.1:${port}`;
		const env: NodeJS.ProcessEnv = {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			ORIGIN: baseUrl,
			SMTP_URL: catcher.url,
			MAIL_FROM: 'Entrelien <ne-pas-repondre@entrelien.test>',
			E2E_TEST_API: '1'
		};
		delete env.DATABASE_URL;
		if (database) env.DATABASE_URL = database.url;
		server = spawn(process.execPath, ['scripts/serve.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		running.add(server);
		const keep = (chunk: Buffer) => {
			lines.push(chunk.toString('utf8'));
			if (lines.length > LOG_LINES_KEPT) lines.splice(0, lines.length - LOG_LINES_KEPT);
		};
		server.stdout!.on('data', keep);
		server.stderr!.on('data', keep);
		await waitUntilAnswering(baseUrl + '/', server, serverLog);
		step('serveur');
		return {
			baseUrl,
			startTimes: steps.join(', '),
			mailFile,
			serverLog,
			stop,
			setClockOffset: async (ms) => {
				const response = await fetch(`${baseUrl}/test-only/clock`, {
					method: 'PUT',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ offsetMs: Math.round(ms) })
				});
				if (!response.ok) throw new Error(`/test-only/clock answered ${response.status}`);
			}
		};
	} catch (error) {
		await stop();
		throw error;
	}
}
