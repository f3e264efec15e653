// `npm test`: every check the project has, in order, stopping at the first failure.
// lint → type check → unit and domain tests (PGlite, then a throwaway PostgreSQL) → build → e2e journeys.
//
// `--skip-e2e` (local use only, e.g. `npm test -- --skip-e2e`) leaves out Chromium and the e2e journeys.
// CI and the default run everything.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aptInstall } from './lib/system-packages.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
// The whole run should stay under this on a 2-core machine; going over is reported, not fatal.
const BUDGET_MS = 15 * 60_000;

type Stage = { name: string; run: () => Promise<number> };
type Result = { name: string; ms: number; status: 'réussi' | 'échoué' | 'non lancé' };

const known = new Set(['--skip-e2e']);
const unknown = process.argv.slice(2).filter((arg) => !known.has(arg));
if (unknown.length > 0) {
	console.error(`Option inconnue : ${unknown.join(' ')} (seule --skip-e2e est acceptée).`);
	process.exit(2);
}
const skipE2e = process.argv.includes('--skip-e2e');

let current: ChildProcess | undefined;
let interrupted = false;

function npmRun(script: string): () => Promise<number> {
	return () =>
		new Promise((resolve) => {
			const child = spawn('npm', ['run', script], { cwd: ROOT, stdio: 'inherit' });
			current = child;
			child.on('error', (error) => {
				console.error(error);
				resolve(1);
			});
			child.on('exit', (code, signal) => {
				current = undefined;
				resolve(code ?? (signal ? 1 : 0));
			});
		});
}

async function ensureChromium(): Promise<number> {
	if (existsSync(CHROMIUM)) {
		console.log(`Chromium est présent (${CHROMIUM}).`);
		return 0;
	}
	try {
		aptInstall('chromium');
	} catch (error) {
		console.error(`L'installation de Chromium a échoué : ${(error as Error).message}`);
		return 1;
	}
	if (existsSync(CHROMIUM)) return 0;
	console.error(`Chromium est installé mais ${CHROMIUM} reste introuvable.`);
	return 1;
}

const stages: Stage[] = [
	{ name: 'Lint (prettier, eslint)', run: npmRun('lint') },
	{ name: 'Vérification des types (svelte-check)', run: npmRun('check') },
	{ name: 'Tests unitaires et domaine (PGlite, PostgreSQL)', run: npmRun('test:unit') },
	{ name: 'Build', run: npmRun('build') },
	...(skipE2e
		? []
		: [
				{ name: 'Chromium (paquet Debian)', run: ensureChromium },
				{ name: 'Tests e2e (Playwright)', run: npmRun('test:e2e') }
			])
];

function duration(ms: number): string {
	const seconds = ms / 1000;
	if (seconds < 60) return `${seconds.toFixed(1)} s`;
	return `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
}

function header(text: string): void {
	const line = '═'.repeat(Math.max(60, text.length + 4));
	console.log(`\n${line}\n  ${text}\n${line}`);
}

function summary(results: Result[], totalMs: number): void {
	const width = Math.max(...results.map((r) => r.name.length), 'Total'.length);
	console.log('\nRésumé :');
	for (const r of results) {
		const time = r.status === 'non lancé' ? '' : duration(r.ms);
		console.log(`  ${r.name.padEnd(width)}  ${r.status.padEnd(9)}  ${time.padStart(10)}`);
	}
	console.log(`  ${'Total'.padEnd(width)}  ${''.padEnd(9)}  ${duration(totalMs).padStart(10)}`);
	if (skipE2e) console.log('  (tests e2e non lancés : --skip-e2e)');
	if (totalMs > BUDGET_MS) console.log(`  Attention : au-delà du budget de ${duration(BUDGET_MS)}.`);
}

// Ctrl-C reaches the running stage through the terminal; a SIGTERM sent to this process alone is passed on.
process.on('SIGINT', () => {
	interrupted = true;
});
process.on('SIGTERM', () => {
	interrupted = true;
	current?.kill('SIGTERM');
});

const started = performance.now();
const results: Result[] = stages.map((s) => ({ name: s.name, ms: 0, status: 'non lancé' }));
let exitCode = 0;
for (const [i, stage] of stages.entries()) {
	header(`${i + 1}/${stages.length} · ${stage.name}`);
	const t0 = performance.now();
	const code = await stage.run();
	results[i].ms = performance.now() - t0;
	results[i].status = code === 0 && !interrupted ? 'réussi' : 'échoué';
	console.log(`\n→ ${stage.name} : ${results[i].status} en ${duration(results[i].ms)}`);
	if (code !== 0 || interrupted) {
		exitCode = interrupted ? 130 : code;
		break;
	}
}
summary(results, performance.now() - started);
console.log(exitCode === 0 ? '\nTout est vert.' : `\nÉchec : « ${results.find((r) => r.status === 'échoué')?.name} ».`);
process.exit(exitCode);
