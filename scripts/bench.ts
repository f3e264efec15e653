// `npm run bench -- [--members 20000] [--posts 100000] [--runs 20] [--only pglite|postgres] [--build]
//                   [--data-dir DIR] [--database-url URL] [--detail]` (--detail: each search query on its own line)
// Seeds (or reuses) a town-sized network, starts the built server on a free port, logs in as a member (a session
// made in the database) and times whole HTTP requests: search (10 French queries), the post list of a theme and
// a profile page, on PGlite and on PostgreSQL (a throwaway server unless --database-url is given). Also times the
// search domain function in process, to tell the query from the HTTP pipeline. Prints a Markdown table.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { loadActor } from '../src/lib/server/accounts/find-account.ts';
import { createSession, SESSION_COOKIE } from '../src/lib/server/auth/sessions.ts';
import { sqlRows } from '../src/lib/server/db/client.ts';
import { openDatabase } from '../src/lib/server/db/open.ts';
import { matchPost } from '../src/lib/server/matching/match-post.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE } from '../src/lib/server/posts/lifetime.ts';
import { search } from '../src/lib/server/search/search.ts';
import { themeOf } from '../tests/factories.ts';
import {
	measureCalls,
	measureUrls,
	startServer,
	stopServer,
	table,
	timeRequest,
	type Measure
} from './lib/bench-measure.ts';
import { seedCity } from './lib/city-seed.ts';
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

const { values } = parseArgs({
	options: {
		members: { type: 'string', default: '20000' },
		posts: { type: 'string', default: '100000' },
		runs: { type: 'string', default: '20' },
		only: { type: 'string' },
		build: { type: 'boolean', default: false },
		detail: { type: 'boolean', default: false },
		'data-dir': { type: 'string' },
		'database-url': { type: 'string' }
	}
});
const size = { members: Number(values.members), posts: Number(values.posts) };
const runs = Number(values.runs);

type Fixtures = { cookie: string; themeId: string; profileId: string };

/** Seeds or reuses the database, makes a member's session and times search() in process. */
async function prepare(config: { dataDir: string; databaseUrl: string | undefined }, base: string, out: Measure[]) {
	const start = performance.now();
	// Another process on the data directory (a server left running) stops the bench with its sentence.
	const connection = await openDatabase(config).catch(stopOnStartError);
	try {
		const city = await seedCity(connection.db, size, (line) => console.log(line));
		console.log(
			`${base} : ${city.reused ? 'base réutilisée' : 'base remplie'} (${city.members} membres, ${city.posts} annonces) ` +
				`en ${((performance.now() - start) / 1000).toFixed(1)} s`
		);
		// A freshly generated town has thousands of posts entering their last week at once: the server's first
		// sweep would spend its first seconds emailing their authors while we measure, and each post it marks
		// would wait in the search index's pending list (GIN fastupdate) until a vacuum. Production sends these
		// a few at a time and autovacuum keeps up; here they count as sent, and the vacuum is done now.
		await connection.db.execute(
			sql`update posts set expiry_notice_sent_at = now() where status = 'open' and expiry_notice_sent_at is null
				and expires_at > now() and expires_at <= now() + ${EXPIRY_NOTICE_DAYS_BEFORE} * interval '1 day'`
		);
		await connection.db.execute(sql`vacuum analyze posts`);
		const [member, other] = await sqlRows<{ id: string }>(
			connection.db,
			sql`select m.account_id as id from memberships m
				where m.network_id = ${city.networkId} and m.status = 'active' and m.role = 'member'
					and exists (select 1 from member_skills ms where ms.network_id = m.network_id and ms.account_id = m.account_id)
				order by m.account_id limit 2`
		);
		const session = await createSession(member.id, city.networkId);
		const actor = await loadActor(member.id);
		const calls = QUERIES.map((query) => () => search({ actor, networkId: city.networkId, query }));
		out.push({ base, what: 'search() en mémoire, 10 requêtes', samples: await measureCalls(calls, runs) });
		// Matching: 10 live posts with skills (requests and offers), as their author or a coordinator sees them.
		const matched = await sqlRows<{ id: string }>(
			connection.db,
			sql`select p.id from posts p where p.network_id = ${city.networkId} and p.status = 'open'
					and p.expires_at > now() and exists (select 1 from post_skills ps where ps.post_id = p.id)
				order by p.id limit 10`
		);
		const matchCalls = matched.map((post) => () => matchPost({ actor, networkId: city.networkId, postId: post.id }));
		out.push({ base, what: 'matchPost() en mémoire, 10 annonces', samples: await measureCalls(matchCalls, runs) });
		const theme = await themeOf(city.networkId, 'Cuisine', connection.db);
		return { cookie: `${SESSION_COOKIE}=${session.token}`, themeId: theme.id, profileId: other.id } as Fixtures;
	} finally {
		await connection.close();
	}
}

/** Times the pages against the running server. A page another part of the app has not built yet is noted. */
async function measurePages(base: string, url: string, fixtures: Fixtures, out: Measure[]) {
	const { cookie } = fixtures;
	const exists = async (path: string) => (await timeRequest(url + path, cookie)).status === 200;
	out.push({ base, what: 'accueil /', samples: await measureUrls([url + '/'], cookie, runs * 5) });
	// The search page without a query: what the page costs around the search itself (session, filters, layout).
	out.push({ base, what: 'recherche sans mot', samples: await measureUrls([url + '/recherche'], cookie, runs * 5) });
	const searches = QUERIES.map((q) => `${url}/recherche?q=${encodeURIComponent(q)}`);
	const searchSamples = await measureUrls(searches, cookie, runs);
	out.push({ base, what: 'recherche, 10 requêtes', samples: searchSamples });
	// --detail: each query's own figures (the samples go query after query, run after run).
	if (values.detail) {
		for (const [k, q] of QUERIES.entries()) {
			const samples = searchSamples.filter((_, i) => i % QUERIES.length === k);
			out.push({ base, what: `  recherche « ${q} »`, samples });
		}
	}
	const filtered = `${url}/recherche?q=cours&theme=${fixtures.themeId}&type=offre`;
	out.push({ base, what: 'recherche avec filtres', samples: await measureUrls([filtered], cookie, runs * 5) });

	const byTheme = `/annonces?theme=${fixtures.themeId}`;
	if (await exists(byTheme)) {
		out.push({ base, what: 'annonces par thème', samples: await measureUrls([url + byTheme], cookie, runs * 5) });
	} else {
		out.push({ base, what: 'annonces par thème', samples: [], note: `${byTheme} absent de ce build` });
	}
	const profile = [`/membres/${fixtures.profileId}`, '/profil'];
	const found = [];
	for (const path of profile) if (await exists(path)) found.push(path);
	if (found.length > 0) {
		const path = found[0];
		out.push({
			base,
			what: `profil ${path.split('/')[1]}`,
			samples: await measureUrls([url + path], cookie, runs * 5)
		});
	} else {
		out.push({ base, what: 'page de profil', samples: [], note: `${profile.join(' et ')} absents de ce build` });
	}
}

async function runOn(base: 'PGlite' | 'PostgreSQL', out: Measure[]) {
	let pg: PostgresServer | undefined;
	let server: ChildProcess | undefined;
	try {
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
		const fixtures = await prepare({ dataDir, databaseUrl }, base, out);
		const port = await freePort();
		const url = `http://127.0.0.1:${port}`;
		const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
		delete env.ORIGIN;
		delete env.SMTP_URL;
		if (databaseUrl) env.DATABASE_URL = databaseUrl;
		else delete env.DATABASE_URL;
		server = await startServer(ROOT, env, url + '/');
		await measurePages(base, url, fixtures, out);
	} finally {
		await stopServer(server);
		pg?.stop();
	}
}

if (values.build || !existsSync(join(ROOT, 'build', 'handler.js'))) {
	console.log('Construction de l’application (vite build)…');
	const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
		cwd: ROOT,
		stdio: 'inherit'
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const measures: Measure[] = [];
for (const base of ['PGlite', 'PostgreSQL'] as const) {
	if (values.only && !base.toLowerCase().startsWith(values.only.toLowerCase())) continue;
	await runOn(base, measures);
}
console.log(`\n${size.members} membres, ${size.posts} annonces, ${runs} passages :\n`);
console.log(table(measures));
