// Runs the Playwright journeys against the built app (run `npm run build` first), in Debian's Chromium.
// It migrates one template PGlite data directory; each journey file then starts its own server on a copy of it,
// seeded with its own world, with its own SMTP catcher on loopback (tests/e2e/support/world.ts). Arguments are
// passed on to `playwright test` (e.g. `npm run test:e2e -- 06-`). Everything is deleted after.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall } from './lib/system-packages.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(join(ROOT, 'build', 'handler.js'))) {
	console.error("Le dossier build/ est absent : lancez d'abord « npm run build ».");
	process.exit(1);
}
if (!existsSync(CHROMIUM)) aptInstall('chromium');

const tmp = mkdtempSync(join(tmpdir(), 'entrelien-e2e-'));
let playwright: ChildProcess | undefined;
let stopping = false; // set by SIGINT/SIGTERM

/** The migrated template every journey's database is copied from: the migrations run once per run. */
function migrateTemplate(dir: string): boolean {
	const started = performance.now();
	const env = { ...process.env, DATABASE_URL: '' };
	const result = spawnSync(process.execPath, ['tests/e2e/support/seed-world.ts', dir], {
		cwd: ROOT,
		env,
		stdio: 'inherit'
	});
	if (result.status !== 0) {
		console.error('La base modèle des parcours n’a pas pu être migrée.');
		return false;
	}
	console.log(`Base modèle des parcours migrée en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	return true;
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
	const template = join(tmp, 'template');
	// On PostgreSQL (E2E_DATABASE_URL), each world migrates a database of its own instead.
	if (!process.env.E2E_DATABASE_URL && !migrateTemplate(template)) return 1;
	const cli = join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
	return run(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
		...process.env,
		E2E_TEMPLATE_DIR: template,
		// The journeys' worlds (data, mail file) live here, so they go with it whatever happens to a worker.
		E2E_TMP: tmp
	});
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		playwright?.kill(signal);
	});
}

let exitCode = 1;
try {
	exitCode = await main();
} catch (error) {
	console.error(error);
} finally {
	rmSync(tmp, { recursive: true, force: true });
}
process.exit(stopping ? 130 : exitCode);
