// `node scripts/lib/bench-heap.ts TOWN SECONDS NAME@CHECKOUT[@FLAGS] …`: resident memory and CPU per request of
// built servers (CHECKOUT with its `build/`) on copies of one PGlite town, one after the other, each under SECONDS
// of the bench's mixed requests (10 connections). FLAGS is NODE_OPTIONS (e.g. `--max-semi-space-size=4`), or
// `default-heap` (Node's own heap sizes: ENTRELIEN_NODE_HEAP=default), `only:FLAGS` (these flags and no others), or
// `arena` (default heap, MALLOC_ARENA_MAX=2).
// Used to choose small-heap.ts's flags (docs/performance.md, « Memory: a smaller V8 heap »).
import autocannon from 'autocannon';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/sessions.ts';
import { sqlRows } from '../../src/lib/server/db/client.ts';
import { openDatabase } from '../../src/lib/server/db/open.ts';
import { startServer, stopServer, rssMb } from './bench-measure.ts';
import { freePort } from './postgres-server.ts';
const [town, secondsText, ...specs] = process.argv.slice(2);
const seconds = Number(secondsText);
const c = await openDatabase({ dataDir: town, databaseUrl: undefined });
const [m] = await sqlRows<{ id: string; network: string }>(
	c.db,
	sql`select m.account_id as id, m.network_id as network from memberships m
  where m.status='active' and m.role='member' and exists (select 1 from member_skills ms where ms.network_id=m.network_id and ms.account_id=m.account_id)
  order by m.account_id limit 1`
);
const posts = await sqlRows<{ id: string }>(
	c.db,
	sql`select id from posts where network_id=${m.network} and status='open' and expires_at > now() order by created_at desc limit 20`
);
const events = await sqlRows<{ id: string }>(c.db, sql`select id from events where network_id=${m.network} limit 10`);
const s = await createSession(m.id, m.network);
await c.close();
const cookie = `${SESSION_COOKIE}=${s.token}`;
const Q = [
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
const H = { 'accept-encoding': 'br, gzip', cookie };
const requests = [];
for (let i = 0; i < 20; i++)
	requests.push(
		{ method: 'GET', path: '/', headers: H },
		{ method: 'GET', path: `/recherche?q=${encodeURIComponent(Q[i % 10])}`, headers: H },
		{ method: 'GET', path: `/annonces/${posts[i % posts.length].id}`, headers: H },
		{ method: 'GET', path: '/evenements', headers: H },
		{ method: 'GET', path: `/evenements/${events[i % events.length].id}`, headers: H },
		{ method: 'GET', path: '/connexion', headers: { 'accept-encoding': 'br, gzip' } }
	);
for (const spec of specs) {
	const [name, checkout, nodeOptions] = spec.split('@');
	const dir = mkdtempSync(join(tmpdir(), 'entrelien-heap-'));
	cpSync(town, dir, { recursive: true });
	const port = await freePort();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: dir,
		NODE_OPTIONS: nodeOptions === 'default-heap' ? '' : (nodeOptions ?? ''),
		ENTRELIEN_NODE_HEAP: nodeOptions === 'default-heap' ? 'default' : ''
	};
	if (nodeOptions?.startsWith('arena')) {
		env.MALLOC_ARENA_MAX = '2';
		env.NODE_OPTIONS = '';
		env.ENTRELIEN_NODE_HEAP = nodeOptions === 'arena' ? 'default' : '';
	}
	// `only:FLAGS`: these flags and no others (small-heap.ts adds nothing).
	if (nodeOptions?.startsWith('only:'))
		Object.assign(env, { ENTRELIEN_NODE_HEAP: 'default', NODE_OPTIONS: nodeOptions.slice(5) });
	delete env.DATABASE_URL;
	delete env.ORIGIN;
	delete env.SMTP_URL;
	const child = await startServer(checkout, env, `http://127.0.0.1:${port}/connexion`);
	const cpu = () => {
		const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(f[11]) + Number(f[12])) * 10;
	};
	const start = rssMb(child.pid!);
	const cpu0 = cpu();
	const samples: number[] = [];
	const timer = setInterval(() => samples.push(Math.round(rssMb(child.pid!))), seconds * 100);
	const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 10, duration: seconds, requests });
	clearInterval(timer);
	const end = rssMb(child.pid!);
	const cmd = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8')
		.split('\0')
		.filter((a) => a.startsWith('--'))
		.join(' ');
	const cpuPer = (cpu() - cpu0) / r.requests.total;
	const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
	console.log(
		`${name} [${nodeOptions ?? ''}] RSS start ${start.toFixed(0)} MB, end ${end.toFixed(0)} MB, samples ${samples.join(',')}; ${(r.requests.total / seconds).toFixed(0)} req/s, CPU ${cpuPer.toFixed(2)} ms/req, p97.5 ${(r as unknown as { latency: { p97_5: number } }).latency.p97_5} ms, non2xx ${r.non2xx}; cmd ${cmd}; HWM ${/VmHWM:\s+(\d+)/.exec(status)?.[1]} kB; load ${loadavg()[0].toFixed(1)}`
	);
	await stopServer(child);
	rmSync(dir, { recursive: true, force: true });
}
