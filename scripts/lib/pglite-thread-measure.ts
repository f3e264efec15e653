// `node scripts/lib/pglite-thread-measure.ts --town DIR --server NAME=CHECKOUT[:socket] …`: throughput of
// built servers side by side on copies of one seeded PGlite town (decision 027 chose where PGlite runs with it).
// Each server is a checkout with a built app (`build/`); `:socket` serves it through DATABASE_URL from a
// pglite-socket server on its copy (`--socket-package`: the folder of @electric-sql/pglite-socket), as its own
// process. Logged in as a member, it loads /recherche?q=cours, a post and /connexion with autocannon
// (10 connections, 10 s), servers taking turns page after page, for a few rounds; prints req/s and p95.
// `--pages accueil,recherche,annonce,agenda,connexion` chooses the pages (default: search, a post, login).
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/sessions.ts';
import { sqlRows } from '../../src/lib/server/db/client.ts';
import { openDatabase } from '../../src/lib/server/db/open.ts';
import { CITY_NETWORK } from './city-seed.ts';
import { percentile, startServer, stopServer } from './bench-measure.ts';
import { freePort } from './postgres-server.ts';

const { values } = parseArgs({
	options: {
		town: { type: 'string' },
		server: { type: 'string', multiple: true, default: [] },
		'socket-package': { type: 'string' },
		rounds: { type: 'string', default: '3' },
		seconds: { type: 'string', default: '10' },
		connections: { type: 'string', default: '10' },
		pages: { type: 'string', default: 'recherche,annonce,connexion' }
	}
});
if (!values.town || values.server.length === 0) {
	console.error('Usage : --town DOSSIER --server nom=DOSSIER[:socket] … [--rounds 3] [--seconds 10]');
	process.exit(1);
}
const town = resolve(values.town);

/** A member with skills, a session of theirs and one of the network's open posts, written in the town itself. */
async function fixtures() {
	const connection = await openDatabase({ dataDir: town, databaseUrl: undefined });
	try {
		const [member] = await sqlRows<{ id: string; network: string }>(
			connection.db,
			sql`select m.account_id as id, m.network_id as network from memberships m join networks n on n.id = m.network_id
				where n.name = ${CITY_NETWORK.name} and m.status = 'active' and m.role = 'member'
					and exists (select 1 from member_skills ms where ms.network_id = m.network_id and ms.account_id = m.account_id)
				order by m.account_id limit 1`
		);
		const [post] = await sqlRows<{ id: string }>(
			connection.db,
			sql`select id from posts where network_id = ${member.network} and status = 'open' and expires_at > now()
				order by id limit 1`
		);
		const session = await createSession(member.id, member.network);
		return { cookie: `${SESSION_COOKIE}=${session.token}`, postId: post.id };
	} finally {
		await connection.close();
	}
}

type Server = { name: string; url: string; pids: number[]; stop: () => Promise<void> };

/**
 * CPU time so far in ms, of the main threads of `pids` and of all their other threads (PGlite's worker, libuv's
 * pool, the GC's helpers), from /proc. On a loaded machine, CPU time per request tells the variants apart more
 * steadily than requests per second: the main thread's is the floor of a page's time on a free core.
 */
function cpuMs(pids: number[]): { main: number; others: number } {
	const tick = 1000 / 100; // USER_HZ
	let main = 0;
	let others = 0;
	for (const pid of pids) {
		for (const tid of readdirSync(`/proc/${pid}/task`)) {
			const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
			const ms = (Number(fields[11]) + Number(fields[12])) * tick;
			if (Number(tid) === pid && pid === pids[0]) main += ms;
			else others += ms;
		}
	}
	return { main, others };
}

/** A pglite-socket server on `dir`, in a process of its own; resolves to its port once it listens. */
async function socketServer(dir: string): Promise<{ port: number; child: ChildProcess }> {
	const port = await freePort();
	const pkg = resolve(values['socket-package'] ?? 'node_modules/@electric-sql/pglite-socket');
	const code = `import { PGlite } from '@electric-sql/pglite';
		import { PGLiteSocketServer } from ${JSON.stringify(join(pkg, 'dist/index.js'))};
		import { pgliteExtensions } from ${JSON.stringify(resolve('src/lib/server/db/pglite-extensions.ts'))};
		const db = await PGlite.create(${JSON.stringify(dir)}, { extensions: pgliteExtensions });
		await db.exec('set wal_recycle = off');
		await new PGLiteSocketServer({ db, port: ${port}, host: '127.0.0.1', maxConnections: 1 }).start();
		console.log('listening');`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((ready, failed) => {
		child.stdout!.once('data', () => ready());
		child.once('exit', (status) => failed(new Error(`pglite-socket s'est arrêté (${status})`)));
	});
	return { port, child };
}

async function start(spec: string, cookie: string): Promise<Server> {
	const [name, rest] = spec.split('=');
	const [checkout, mode] = rest.split(':');
	const dir = mkdtempSync(join(tmpdir(), `entrelien-measure-${name}-`));
	cpSync(town, dir, { recursive: true });
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir };
	delete env.ORIGIN;
	delete env.SMTP_URL;
	delete env.DATABASE_URL;
	let socket: ChildProcess | undefined;
	if (mode === 'socket') {
		const started = await socketServer(dir);
		socket = started.child;
		env.DATABASE_URL = `postgres://postgres@127.0.0.1:${started.port}/postgres`;
	}
	const child = await startServer(resolve(checkout), env, `${url}/connexion`);
	// Warm-up: every page once in a while, so caches and compiled code are there for everyone alike.
	for (let i = 0; i < 20; i++) await fetch(`${url}/recherche?q=cours`, { headers: { cookie } });
	return {
		name,
		url,
		pids: [child.pid!, ...(socket ? [socket.pid!] : [])],
		stop: async () => {
			await stopServer(child);
			socket?.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Resident memory of the server (and of its socket process), in MB. */
function residentMb(pids: number[]): number {
	const kb = pids.map((pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
	return kb.reduce((sum, n) => sum + n, 0) / 1024;
}

type Run = { requests: number; seconds: number; latencies: number[]; errors: number; main: number; others: number };

async function load(server: Server, path: string, cookie: string): Promise<Run> {
	const url = server.url + path;
	const before = cpuMs(server.pids);
	const latencies: number[] = [];
	let errors = 0;
	const seconds = Number(values.seconds);
	const instance = autocannon({
		url,
		connections: Number(values.connections),
		duration: seconds,
		headers: { cookie }
	});
	instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
		if (status === 200) latencies.push(ms);
		else errors++;
	});
	await instance;
	const after = cpuMs(server.pids);
	const main = after.main - before.main;
	const others = after.others - before.others;
	return { requests: latencies.length, seconds, latencies, errors, main, others };
}

const { cookie, postId } = await fixtures();
const allPages = [
	{ key: 'accueil', what: 'accueil d’un membre', path: '/' },
	{ key: 'recherche', what: '/recherche?q=cours', path: '/recherche?q=cours' },
	{ key: 'annonce', what: 'une annonce', path: `/annonces/${postId}` },
	{ key: 'agenda', what: '/evenements', path: '/evenements' },
	{ key: 'connexion', what: '/connexion (anonyme)', path: '/connexion', anonymous: true }
];
// --pages accueil,recherche,…: the pages measured, in this order.
const pages = values.pages.split(',').map((key) => allPages.find((page) => page.key === key)!);
const servers: Server[] = [];
try {
	for (const spec of values.server) servers.push(await start(spec, cookie));
	const runs = new Map<string, Run[]>();
	for (let round = 0; round < Number(values.rounds); round++) {
		for (const page of pages) {
			for (const server of servers) {
				const run = await load(server, page.path, page.anonymous ? '' : cookie);
				const key = `${page.what}|${server.name}`;
				runs.set(key, [...(runs.get(key) ?? []), run]);
				console.log(
					`tour ${round + 1} ${page.what} ${server.name} : ${(run.requests / run.seconds).toFixed(0)} req/s, ` +
						`CPU ${(run.main / run.requests).toFixed(2)} ms/req (fil principal) + ${(run.others / run.requests).toFixed(2)} (autres)` +
						`${run.errors ? `, ${run.errors} erreurs` : ''} (charge ${loadavg()[0].toFixed(2)})`
				);
			}
		}
	}
	console.log('\nreq/s (p95 ms) ; CPU par requête : fil principal + autres fils (ms)\n');
	console.log('| page | ' + servers.map((s) => `${s.name}`).join(' | ') + ' |');
	console.log('|---|' + servers.map(() => '---:|').join(''));
	for (const page of pages) {
		const cells = servers.map((server) => {
			const all = runs.get(`${page.what}|${server.name}`)!;
			const perSecond = all.reduce((sum, r) => sum + r.requests, 0) / all.reduce((sum, r) => sum + r.seconds, 0);
			const p95 = percentile(
				all.flatMap((r) => r.latencies),
				95
			);
			const errors = all.reduce((sum, r) => sum + r.errors, 0);
			const requests = all.reduce((sum, r) => sum + r.requests, 0);
			const main = all.reduce((sum, r) => sum + r.main, 0) / requests;
			const others = all.reduce((sum, r) => sum + r.others, 0) / requests;
			return (
				`${perSecond.toFixed(0)} (${p95.toFixed(0)}) ; ${main.toFixed(2)} + ${others.toFixed(2)}` +
				(errors ? `, ${errors} erreurs` : '')
			);
		});
		console.log(`| ${page.what} | ${cells.join(' | ')} |`);
	}
	const rss = servers.map((server) => `${server.name} ${residentMb(server.pids).toFixed(0)} Mo`);
	console.log(`\nMémoire résidente après la charge : ${rss.join(', ')}`);
} finally {
	for (const server of servers) await server.stop();
}
