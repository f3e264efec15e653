// Runs the Playwright journeys against the built app (run `npm run build` first): a fresh PGlite data
// directory, a real SMTP catcher on loopback, the server on a free port, Debian's Chromium. Arguments are
// passed on to `playwright test` (e.g. `npm run test:e2e -- smoke`). Everything is stopped and deleted after.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './lib/postgres-server.ts';
import { aptInstall } from './lib/system-packages.ts';
import { startMailCatcher, type MailCatcher } from '../tests/e2e/support/mail-catcher.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const START_TIMEOUT_MS = 90_000;
const LOG_LINES_SHOWN = 200;

if (!existsSync(join(ROOT, 'build', 'handler.js'))) {
	console.error("Le dossier build/ est absent : lancez d'abord « npm run build ».");
	process.exit(1);
}
if (!existsSync(CHROMIUM)) aptInstall('chromium');

const tmp = mkdtempSync(join(tmpdir(), 'entrelien-e2e-'));
let catcher: MailCatcher | undefined;
let server: ChildProcess | undefined;
let playwright: ChildProcess | undefined;
let stopping = false; // set by SIGINT/SIGTERM
const serverLog: string[] = [];

function printServerLog(): void {
	const lines = serverLog.join('').split('\n');
	console.error(`--- Sortie du serveur (${Math.min(lines.length, LOG_LINES_SHOWN)} dernières lignes) ---`);
	console.error(lines.slice(-LOG_LINES_SHOWN).join('\n'));
	console.error('--- Fin de la sortie du serveur ---');
}

async function stopServer(): Promise<void> {
	const child = server;
	server = undefined;
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}

async function cleanUp(): Promise<void> {
	await stopServer();
	await catcher?.stop();
	catcher = undefined;
	rmSync(tmp, { recursive: true, force: true });
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`le serveur s'est arrêté (code ${child.exitCode ?? child.signalCode}).`);
		}
		try {
			await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	throw new Error(`le serveur ne répond pas après ${START_TIMEOUT_MS / 1000} s.`);
}

function run(program: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(program, args, { cwd: ROOT, env, stdio: 'inherit' });
		playwright = child;
		child.on('exit', (code, signal) => {
			playwright = undefined;
			resolve(code ?? (signal ? 1 : 0));
		});
		child.on('error', (error) => {
			console.error(error);
			resolve(1);
		});
	});
}

async function main(): Promise<number> {
	const mailFile = join(tmp, 'mail.jsonl');
	catcher = await startMailCatcher(mailFile);
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const serveScript = join(ROOT, 'scripts', 'serve.ts');
	const entry = existsSync(serveScript) ? serveScript : join(ROOT, 'build', 'index.js');
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: join(tmp, 'data'),
		ORIGIN: baseUrl,
		SMTP_URL: catcher.url,
		MAIL_FROM: 'Entrelien <ne-pas-repondre@entrelien.test>'
	};
	// A fresh embedded database unless the run asks for a PostgreSQL server explicitly.
	delete env.DATABASE_URL;
	if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;

	console.log(`Démarrage de l'application sur ${baseUrl} (${entry.slice(ROOT.length)})…`);
	const child = spawn(process.execPath, [entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
	server = child;
	child.stdout!.on('data', (chunk: Buffer) => serverLog.push(chunk.toString('utf8')));
	child.stderr!.on('data', (chunk: Buffer) => serverLog.push(chunk.toString('utf8')));
	try {
		await waitUntilAnswering(baseUrl + '/', child);
	} catch (error) {
		if (stopping) return 130;
		console.error(`L'application n'a pas démarré : ${(error as Error).message}`);
		printServerLog();
		return 1;
	}

	const cli = join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
	const code = await run(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
		...process.env,
		E2E_BASE_URL: baseUrl,
		E2E_MAIL_FILE: mailFile,
		// For journeys that start an app of their own on a prepared database (support/own-app.ts).
		E2E_SMTP_URL: catcher.url
	});
	if (code !== 0 && !stopping) printServerLog();
	return code;
}

let cleaning: Promise<void> | undefined;
const cleanUpOnce = () => (cleaning ??= cleanUp());

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		playwright?.kill(signal);
		void cleanUpOnce().finally(() => process.exit(130));
	});
}

let exitCode = 1;
try {
	exitCode = await main();
} catch (error) {
	console.error(error);
} finally {
	await cleanUpOnce();
}
process.exit(stopping ? 130 : exitCode);
