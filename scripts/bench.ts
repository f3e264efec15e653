// `npm run bench -- [--quick] [--members 20000] [--posts 100000] [--only pglite|postgres] [--build]
//                   [--seconds 10] [--rounds 3] [--connections 10] [--soak 300] [--runs 20] [--no-ranking]
//                   [--latency] [--detail] [--data-dir DIR] [--database-url URL]`
// Issue 13's measure, in one run: seeds (or reuses) a town-sized network with its agenda (bench-town.ts), starts
// the built app on PostgreSQL (a throwaway server unless --database-url) and on PGlite (a data directory reused by
// later runs of the same size), a trivial SvelteKit page built and served the same way and a bare node:http server
// (bench-reference.ts), then loads every measured page with autocannon, the targets taking turns round after
// round (bench-load.ts), and prints req/s, p95, the share of the reference page, PGlite/PostgreSQL and the goals
// as ✓/✗ (bench-report.ts); then each app server's RSS at start and during `--soak` seconds of mixed load, the
// ranking functions timed in process at 1 % and 100 % of the size (bench-ranking.ts), and the machine's load.
// --quick: a small town (2 000 members, 10 000 posts), 3-second rounds, 30 s of mixed load.
// --latency: also the older one-request-at-a-time latencies (search queries, lists, profile; --detail per query).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import type { Request } from 'autocannon';
import { openDatabase } from '../src/lib/server/db/open.ts';
import { alternate, BROWSER_HEADERS, fire, p95, rate, type Load, type Target } from './lib/bench-load.ts';
import { measureUrls, rssMb, startServer, stopServer, table, timeRequest, type Measure } from './lib/bench-measure.ts';
import { benchRanking } from './lib/bench-ranking.ts';
import { buildReference } from './lib/bench-reference.ts';
import { goalsTable, memoryTable, type Memory, type PageRow } from './lib/bench-report.ts';
import { prepareTown, serverEnv, type Town } from './lib/bench-town.ts';
import { freePort, startPostgresServer, type PostgresServer } from './lib/postgres-server.ts';
import { stopOnStartError } from './lib/start-errors.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUERIES = [
	'vélo',
	'cuisine libanaise',
	'réparations',
	'déboucher évier',
	'jardinnage',
	'aide CV',
	'cours de guitare',
	'anglais',
	"garde d'enfants entretien",
	'couture retouches'
];
/** The pages of issue 13's table, plus the event page. */
/** Each page is read as a member with skills, anonymously, or as the town's coordinator. */
const PAGES: { key: string; label: string; path: (town: Town) => string; as?: 'anonymous' | 'coordinator' }[] = [
	{ key: 'connexion', label: '`/connexion` (anonyme)', path: () => '/connexion', as: 'anonymous' },
	{ key: 'accueil', label: 'accueil d’un membre', path: () => '/' },
	{ key: 'recherche', label: '`/recherche?q=cours`', path: () => '/recherche?q=cours' },
	{ key: 'annonce', label: 'une annonce', path: (t) => `/annonces/${t.postId}` },
	{ key: 'agenda', label: '`/evenements`', path: () => '/evenements' },
	{ key: 'evenement', label: 'un événement', path: (t) => `/evenements/${t.eventId}` },
	{ key: 'poste', label: 'la semaine d’un poste informatique', path: (t) => `/espace/${t.stationId}` },
	{ key: 'objets', label: '`/espace/objets` (catalogue)', path: () => '/espace/objets' },
	{ key: 'savoirs', label: '`/savoirs` (carte des savoirs)', path: () => '/savoirs' },
	{ key: 'carte', label: '`/coordination/carte`', path: () => '/coordination/carte', as: 'coordinator' },
	{
		key: 'besoins',
		label: '`/coordination/carte/besoins`',
		path: () => '/coordination/carte/besoins',
		as: 'coordinator'
	}
];
type Base = 'PostgreSQL' | 'PGlite';

const { values } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		members: { type: 'string' },
		posts: { type: 'string' },
		runs: { type: 'string' },
		only: { type: 'string' },
		build: { type: 'boolean', default: false },
		seconds: { type: 'string' },
		rounds: { type: 'string', default: '3' },
		connections: { type: 'string', default: '10' },
		soak: { type: 'string' },
		'no-ranking': { type: 'boolean', default: false },
		latency: { type: 'boolean', default: false },
		detail: { type: 'boolean', default: false },
		'data-dir': { type: 'string' },
		'database-url': { type: 'string' }
	}
});
const quick = values.quick;
const size = {
	members: Number(values.members ?? (quick ? 2000 : 20000)),
	posts: Number(values.posts ?? (quick ? 10000 : 100000))
};
const runs = Number(values.runs ?? (quick ? 5 : 20));
const load = {
	seconds: Number(values.seconds ?? (quick ? 3 : 10)),
	rounds: Number(values.rounds),
	connections: Number(values.connections),
	warmUp: quick ? 1 : 3,
	log: (line: string) => console.log(line)
};
const soakSeconds = Number(values.soak ?? (quick ? 30 : 300));
const bases = (['PostgreSQL', 'PGlite'] as const).filter(
	(base) => !values.only || base.toLowerCase().startsWith(values.only.toLowerCase())
);

type Running = { base: Base; url: string; town: Town; server: ChildProcess; pg?: PostgresServer };
const running: Running[] = [];
const yardsticks: ChildProcess[] = [];
const rankingMeasures: Measure[] = [];
const latencyMeasures: Measure[] = [];
const loads: { at: string; value: number }[] = [];
const noteLoad = (at: string) => loads.push({ at, value: loadavg()[0] });

/** Seeds or reuses the base's town, times the ranking functions in process, then starts the app on it. */
async function startBase(base: Base): Promise<Running> {
	let pg: PostgresServer | undefined;
	let databaseUrl: string | undefined;
	const dataDir = values['data-dir'] ?? join(tmpdir(), 'entrelien-bench', `pglite-${size.members}-${size.posts}`);
	if (base === 'PostgreSQL') {
		databaseUrl = values['database-url'];
		if (!databaseUrl) {
			pg = await startPostgresServer();
			const admin = postgres(pg.url('postgres'), { max: 1, onnotice: () => {} });
			await admin`create database entrelien_bench`;
			await admin.end();
			databaseUrl = pg.url('entrelien_bench');
		}
	} else mkdirSync(dataDir, { recursive: true });
	console.log(`\n${base} : préparation de la ville…`);
	// Another process on the data directory (a server left running) stops the bench with its sentence.
	const connection = await openDatabase({ dataDir, databaseUrl }).catch(stopOnStartError);
	let town: Town;
	try {
		town = await prepareTown(connection.db, size, (line) => console.log(line));
	} finally {
		await connection.close();
	}
	if (!values['no-ranking']) {
		console.log(`${base} : classement en mémoire (bench-ranking.ts)…`);
		const target = { dataDir, databaseUrl };
		rankingMeasures.push(...(await benchRanking({ base, big: target, size, runs, log: () => {} })));
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const server = await startServer(ROOT, serverEnv(port, dataDir, databaseUrl), url + '/');
	return { base, url, town, server, pg };
}

async function startYardstick(kind: 'kit' | 'bare', referenceDir: string): Promise<string> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', BENCH_SERVER: kind };
	env.BENCH_REFERENCE_DIR = referenceDir;
	yardsticks.push(await startServer(ROOT, env, url + '/', 'scripts/lib/bench-server.ts'));
	return url;
}

/** The app's pages on one base, each checked to answer 200 first (a page that does not is left out, said). */
async function pageTargets(run: Running): Promise<Target[]> {
	const targets: Target[] = [];
	for (const page of PAGES) {
		const url = run.url + page.path(run.town);
		const cookie = { anonymous: '', coordinator: run.town.coordinatorCookie, member: run.town.cookie }[
			page.as ?? 'member'
		];
		const { status } = await timeRequest(url, cookie);
		if (status !== 200) console.log(`  ${run.base} ${page.key} : ${url} répond ${status}, page laissée de côté`);
		else targets.push({ key: `${run.base} ${page.key}`, url, headers: cookie ? { cookie } : {} });
	}
	return targets;
}

/** A member's day, cycled by each connection: home, searches, posts, the agenda, events, the login page. */
function mixedRequests(town: Town): Request[] {
	const member = { ...BROWSER_HEADERS, cookie: town.cookie };
	const requests: Request[] = [];
	for (let i = 0; i < 20; i++) {
		requests.push(
			{ method: 'GET', path: '/', headers: member },
			{ method: 'GET', path: `/recherche?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}`, headers: member },
			{ method: 'GET', path: `/annonces/${town.postIds[i % town.postIds.length]}`, headers: member },
			{ method: 'GET', path: '/evenements', headers: member },
			{ method: 'GET', path: `/evenements/${town.eventIds[i % town.eventIds.length]}`, headers: member },
			{ method: 'GET', path: '/connexion', headers: { ...BROWSER_HEADERS } }
		);
	}
	return requests;
}

/** `soakSeconds` of mixed load on one server, its RSS read every tenth of the time. */
async function soak(run: Running): Promise<{ samples: Memory['samples']; load: Load }> {
	const samples: Memory['samples'] = [];
	const start = Date.now();
	const every = Math.max(5, soakSeconds / 10) * 1000;
	const timer = setInterval(() => {
		samples.push({ second: Math.round((Date.now() - start) / 1000), mb: rssMb(run.server.pid!) });
	}, every);
	try {
		const target = { key: `${run.base} mixte`, url: run.url, requests: mixedRequests(run.town) };
		const fired = await fire(target, load.connections, soakSeconds);
		samples.push({ second: Math.round((Date.now() - start) / 1000), mb: rssMb(run.server.pid!) });
		return { samples, load: { ...fired, rounds: [rate(fired)] } };
	} finally {
		clearInterval(timer);
	}
}

/** The older measure: one request at a time (latency, not throughput), kept behind --latency. */
async function measureLatency(run: Running) {
	const { base, url, town } = run;
	const { cookie } = town;
	const out = latencyMeasures;
	out.push({ base, what: 'accueil /', samples: await measureUrls([url + '/'], cookie, runs * 5) });
	out.push({ base, what: 'recherche sans mot', samples: await measureUrls([url + '/recherche'], cookie, runs * 5) });
	const searches = QUERIES.map((q) => `${url}/recherche?q=${encodeURIComponent(q)}`);
	const searchSamples = await measureUrls(searches, cookie, runs);
	out.push({ base, what: 'recherche, 10 requêtes', samples: searchSamples });
	if (values.detail) {
		for (const [k, q] of QUERIES.entries()) {
			const samples = searchSamples.filter((_, i) => i % QUERIES.length === k);
			out.push({ base, what: `  recherche « ${q} »`, samples });
		}
	}
	const filtered = `${url}/recherche?q=cours&theme=${town.themeId}&type=offre`;
	out.push({ base, what: 'recherche avec filtres', samples: await measureUrls([filtered], cookie, runs * 5) });
	for (const [what, path] of [
		['annonces par thème', `/annonces?theme=${town.themeId}`],
		['profil membres', `/membres/${town.profileId}`]
	]) {
		const { status } = await timeRequest(url + path, cookie);
		if (status === 200) out.push({ base, what, samples: await measureUrls([url + path], cookie, runs * 5) });
		else out.push({ base, what, samples: [], note: `${path} répond ${status}` });
	}
}

function buildApp() {
	console.log('Construction de l’application (vite build)…');
	const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
		cwd: ROOT,
		stdio: 'inherit'
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}

async function main() {
	if (values.build || !existsSync(join(ROOT, 'build', 'handler.js'))) buildApp();
	noteLoad('début');
	const referenceDir = buildReference(ROOT, (line) => console.log(line));
	for (const base of bases) running.push(await startBase(base));
	const referenceUrl = await startYardstick('kit', referenceDir);
	const bareUrl = await startYardstick('bare', referenceDir);
	const rssAtStart = new Map(running.map((r) => [r.base, rssMb(r.server.pid!)]));

	const targets: Target[] = [
		{ key: 'référence', url: referenceUrl + '/' },
		{ key: 'node:http', url: bareUrl + '/' }
	];
	for (const run of running) targets.push(...(await pageTargets(run)));
	console.log(
		`\nCharge : ${load.connections} connexions, ${load.rounds} tours de ${load.seconds} s par cible, ` +
			`cibles à tour de rôle (charge de la machine ${loadavg()[0].toFixed(1)})`
	);
	noteLoad('avant les tours');
	const results = await alternate(targets, load);
	noteLoad('après les tours');
	const rssAfterRounds = new Map(running.map((r) => [r.base, rssMb(r.server.pid!)]));

	const memories: Memory[] = [];
	const mixed: string[] = [];
	for (const run of running) {
		console.log(`\n${run.base} : ${soakSeconds} s de charge mixte…`);
		const { samples, load: soaked } = await soak(run);
		noteLoad(`après la charge mixte ${run.base}`);
		const start = rssAtStart.get(run.base)!;
		memories.push({ base: run.base, start, afterRounds: rssAfterRounds.get(run.base)!, samples });
		mixed.push(
			`${run.base} : ${rate(soaked).toFixed(0)} req/s, p95 ${p95(soaked).toFixed(0)} ms` +
				(soaked.failed ? `, ${soaked.failed} en échec` : '')
		);
	}
	if (values.latency || values.detail) for (const run of running) await measureLatency(run);
	noteLoad('fin');

	const rows: PageRow[] = PAGES.map((page) => ({
		page: page.label,
		login: page.key === 'connexion',
		loads: Object.fromEntries(running.map((r) => [r.base, results.get(`${r.base} ${page.key}`)]))
	}));
	const cpu = cpus();
	console.log(
		`\n## ${size.members} membres, ${size.posts} annonces — ${new Date().toISOString().slice(0, 16)} UTC\n\n` +
			`Machine : ${cpu.length} cœurs (${cpu[0]?.model.trim()}), Node ${process.versions.node}. ` +
			`Charge moyenne (1 min) : ${loads.map((l) => `${l.at} ${l.value.toFixed(1)}`).join(', ')}.\n` +
			`autocannon : ${load.connections} connexions, ${load.rounds} tours de ${load.seconds} s, cibles alternées, ` +
			`en-têtes d’un navigateur (compression acceptée).\n`
	);
	console.log(goalsTable(rows, results.get('référence')!, results.get('node:http')!));
	console.log(`\nCharge mixte (${soakSeconds} s, ${load.connections} connexions) : ${mixed.join(' ; ')}.\n`);
	console.log(memoryTable(memories, soakSeconds));
	if (rankingMeasures.length > 0)
		console.log(`\nClassement en mémoire (${runs} passages) :\n\n${table(rankingMeasures)}`);
	if (latencyMeasures.length > 0) console.log(`\nLatence, une requête à la fois :\n\n${table(latencyMeasures)}`);
}

try {
	await main();
} finally {
	for (const child of yardsticks) await stopServer(child);
	for (const run of running) {
		await stopServer(run.server);
		run.pg?.stop();
	}
}
