// `npm test`: every check the project has, in order, stopping at the first failure.
// generate → lint and type check side by side → unit and domain tests (PGlite and a throwaway PostgreSQL, two
// Vitest workers) → build → e2e journeys. Lint and svelte-check each keep one core busy for half a minute, so on
// a 2-core machine they run at the same time; their output is printed when each ends, not interleaved.
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

/** A step of the run: a command, or steps run side by side (each keeps its own line and time in the summary). */
type Step = { name: string; run: () => Promise<number> };
type Stage = Step | { together: Step[] };
type Result = { name: string; ms: number; status: 'réussi' | 'échoué' | 'non lancé' };

const known = new Set(['--skip-e2e']);
const unknown = process.argv.slice(2).filter((arg) => !known.has(arg));
if (unknown.length > 0) {
	console.error(`Option inconnue : ${unknown.join(' ')} (seule --skip-e2e est acceptée).`);
	process.exit(2);
}
const skipE2e = process.argv.includes('--skip-e2e');

const running = new Set<ChildProcess>();
let interrupted = false;

function npmRun(script: string): () => Promise<number> {
	return () => command('npm', ['run', script]);
}

/** Runs a command in the project folder. `buffered` keeps its output and prints it in one block at the end. */
function command(file: string, args: string[], buffered = false): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(file, args, { cwd: ROOT, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
		running.add(child);
		const output: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('error', (error) => {
			console.error(error);
			resolve(1);
		});
		child.on('exit', (code, signal) => {
			running.delete(child);
			if (buffered) process.stdout.write(Buffer.concat(output));
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

const svelteCheck = ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'];
const stages: Stage[] = [
	{ name: 'Génération (Paraglide, SvelteKit)', run: npmRun('generate') },
	{
		together: [
			{ name: 'Lint (prettier, eslint)', run: () => command('npm', ['run', 'lint'], true) },
			{ name: 'Vérification des types (svelte-check)', run: () => command('npx', svelteCheck, true) }
		]
	},
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
	for (const child of running) child.kill('SIGTERM');
});

const steps = stages.flatMap((stage) => ('together' in stage ? stage.together : [stage]));
const results: Result[] = steps.map((s) => ({ name: s.name, ms: 0, status: 'non lancé' }));

/** Runs one step and records its time and status; returns its exit code. */
async function runStep(step: Step): Promise<number> {
	const result = results[steps.indexOf(step)];
	const t0 = performance.now();
	const code = await step.run();
	result.ms = performance.now() - t0;
	result.status = code === 0 && !interrupted ? 'réussi' : 'échoué';
	console.log(`\n→ ${step.name} : ${result.status} en ${duration(result.ms)}`);
	return code;
}

const started = performance.now();
let exitCode = 0;
for (const [i, stage] of stages.entries()) {
	const group = 'together' in stage ? stage.together : [stage];
	header(`${i + 1}/${stages.length} · ${group.map((step) => step.name).join(' + ')}`);
	const codes = await Promise.all(group.map(runStep));
	const failed = codes.find((code) => code !== 0);
	if (failed !== undefined || interrupted) {
		exitCode = interrupted ? 130 : (failed ?? 1);
		break;
	}
}
summary(results, performance.now() - started);
console.log(exitCode === 0 ? '\nTout est vert.' : `\nÉchec : « ${results.find((r) => r.status === 'échoué')?.name} ».`);
process.exit(exitCode);
