// `npm run lighthouse -- [--members 2000] [--posts 10000] [--data-dir DIR] [--database-url URL] [--build]
//                        [--pages /a,/b] [--url URL --cookie 'entrelien_session=…'] [--report DIR]`
// Lighthouse (mobile emulation, its defaults) on the pages a member uses most: home, search, a post, the agenda
// and an event page, read as a member of a seeded town (bench-town.ts: the city seed at town size, with events)
// served by the built app (scripts/serve.ts) on PGlite — or on PostgreSQL with --database-url. Prints
// performance, accessibility, best practices, LCP, requests and bytes transferred per page, the goals of issue 13
// (mobile ≥ 95, LCP < 2.5 s), every failed accessibility or best-practices audit, and each page's weight
// (page-weight.ts). --url/--cookie measure an already running server instead (no seeding); --pages adds paths;
// --report writes each page's JSON report.
import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { openDatabase } from '../src/lib/server/db/open.ts';
import { startServer, stopServer } from './lib/bench-measure.ts';
import { prepareTown, serverEnv } from './lib/bench-town.ts';
import { pageWeights, weightTable } from './lib/page-weight.ts';
import { freePort } from './lib/postgres-server.ts';
import { stopOnStartError } from './lib/start-errors.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const GOAL = { performance: 95, lcpMs: 2500 };

const { values } = parseArgs({
	options: {
		members: { type: 'string', default: '2000' },
		posts: { type: 'string', default: '10000' },
		build: { type: 'boolean', default: false },
		pages: { type: 'string' },
		url: { type: 'string' },
		cookie: { type: 'string', default: '' },
		report: { type: 'string' },
		'data-dir': { type: 'string' },
		'database-url': { type: 'string' }
	}
});
const size = { members: Number(values.members), posts: Number(values.posts) };

type Row = {
	page: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	lcpMs: number;
	requests: number;
	kb: number;
	failed: string[];
};

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/** One Lighthouse run (mobile, simulated slow 4G and CPU, its defaults) on one address. */
async function audit(port: number, url: string, cookie: string): Promise<{ row: Omit<Row, 'page'>; json: string }> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices'],
		extraHeaders: cookie ? { Cookie: cookie } : undefined
	});
	if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`${url} : ${lhr.runtimeError.message}`);
	const failed: string[] = [];
	for (const id of ['accessibility', 'best-practices']) {
		for (const ref of lhr.categories[id].auditRefs) {
			const a = lhr.audits[ref.id];
			if (ref.weight === 0 || a.score === null || a.score >= 1) continue;
			// What failed, for the few audits that say it in a line (console errors, missing labels…).
			const items = ((a.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 3);
			const what = items.map((i) => String(i.description ?? i.url ?? (i.node as { snippet?: string })?.snippet ?? ''));
			failed.push(`${id} : ${a.id} — ${a.title}${what.length ? ` (${what.join(' ; ')})` : ''}`);
		}
	}
	const requests = (lhr.audits['network-requests'].details as { items?: unknown[] } | undefined)?.items ?? [];
	return {
		row: {
			performance: score(lhr.categories.performance.score),
			accessibility: score(lhr.categories.accessibility.score),
			bestPractices: score(lhr.categories['best-practices'].score),
			lcpMs: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
			requests: requests.length,
			kb: (lhr.audits['total-byte-weight'].numericValue ?? 0) / 1024,
			failed
		},
		json: result.report as string
	};
}

function print(rows: Row[]) {
	const lines = [
		'| Page | Performance | Accessibilité | Bonnes pratiques | LCP (s) | Requêtes | Transféré (Ko) | Objectifs |',
		'|---|---:|---:|---:|---:|---:|---:|---|'
	];
	for (const r of rows) {
		const goals = [
			`perf ≥ ${GOAL.performance} ${r.performance >= GOAL.performance ? '✓' : '✗'}`,
			`LCP < 2,5 s ${r.lcpMs < GOAL.lcpMs ? '✓' : '✗'}`,
			`≤ 60 Ko ${r.kb <= 60 ? '✓' : '✗'}`
		];
		lines.push(
			`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ` +
				`${(r.lcpMs / 1000).toFixed(2)} | ${r.requests} | ${r.kb.toFixed(1)} | ${goals.join(', ')} |`
		);
	}
	console.log('\n' + lines.join('\n'));
	const failed = rows.flatMap((r) => r.failed.map((f) => `- ${r.page} — ${f}`));
	console.log(failed.length ? `\nAudits échoués :\n${failed.join('\n')}` : '\nAucun audit échoué.');
}

/** Seeds (or reuses) the town and starts the built server; returns its address, a member's cookie and the pages. */
async function startTown(): Promise<{ url: string; cookie: string; pages: string[]; server: ChildProcess }> {
	const dataDir =
		values['data-dir'] ?? join(tmpdir(), 'entrelien-bench', `pglite-lighthouse-${size.members}-${size.posts}`);
	const databaseUrl = values['database-url'];
	if (!databaseUrl) mkdirSync(dataDir, { recursive: true });
	const connection = await openDatabase({ dataDir, databaseUrl }).catch(stopOnStartError);
	let town;
	try {
		town = await prepareTown(connection.db, size, (line) => console.log(line));
	} finally {
		await connection.close();
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const server = await startServer(ROOT, serverEnv(port, dataDir, databaseUrl), url + '/');
	const pages = ['/', '/recherche?q=cours', `/annonces/${town.postId}`, '/evenements', `/evenements/${town.eventId}`];
	return { url, cookie: town.cookie, pages, server };
}

if (!values.url && (values.build || !existsSync(join(ROOT, 'build', 'handler.js')))) {
	console.log('Construction de l’application (vite build)…');
	const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
		cwd: ROOT,
		stdio: 'inherit'
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}

let server: ChildProcess | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
	let url = values.url?.replace(/\/$/, '') ?? '';
	let cookie = values.cookie ?? '';
	let pages = ['/'];
	if (!values.url) ({ url, cookie, pages, server } = await startTown());
	pages.push(...(values.pages ? values.pages.split(',').filter(Boolean) : []));
	chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
	});
	// One page load first, so the server's first-request costs (module loading, caches) are not measured.
	await fetch(url + pages[0], { headers: { cookie } });
	const rows: Row[] = [];
	for (const page of pages) {
		console.log(`Lighthouse ${page}…`);
		const { row, json } = await audit(chrome.port, url + page, cookie);
		rows.push({ page, ...row });
		if (values.report) {
			mkdirSync(values.report, { recursive: true });
			writeFileSync(join(values.report, `${page.replace(/[^a-z0-9]+/gi, '_') || 'accueil'}.json`), json);
		}
	}
	print(rows);
	// The same pages weighed by Chromium itself, first visit, no throttling: requests, bytes, compression.
	console.log('\n' + weightTable(await pageWeights(url, cookie, pages)));
} finally {
	chrome?.kill();
	await stopServer(server);
}
