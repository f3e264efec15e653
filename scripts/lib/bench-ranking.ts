// `npm run bench`'s ranking part (issue 13): search(), matchPost() and the home page's three suggestions, timed in
// process on a town with 1 % of the bench's posts (the same members, e.g. 1 000 posts) and on the bench's own,
// with the ratio of their medians and p95s. Ranking a bounded candidate set should keep that ratio flat (within
// 1.5×) however many posts the network holds. The small town lives beside the big one: another PostgreSQL
// database on the same server, or a PGlite data directory of its own.
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { findAccountByEmail, loadActor } from '../../src/lib/server/accounts/find-account.ts';
import type { Actor } from '../../src/lib/server/auth/policies.ts';
import { sqlRows, type Db } from '../../src/lib/server/db/client.ts';
import { openDatabase } from '../../src/lib/server/db/open.ts';
import { matchPost } from '../../src/lib/server/matching/match-post.ts';
import {
	helpersForLatestRequest,
	learnersOfMember,
	requestsForMember
} from '../../src/lib/server/matching/suggest-for-member.ts';
import { search } from '../../src/lib/server/search/search.ts';
import { measureCalls, percentile, type Measure } from './bench-measure.ts';
import { CITY_COORDINATOR, seedCity, type CitySize } from './city-seed.ts';

/** The bench's search queries (scripts/bench.ts) and the common word. */
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
	'couture retouches',
	'cours'
];
const SAMPLES = 10;

type Target = { dataDir: string; databaseUrl: string | undefined };
type Timed = { what: string; samples: number[] };

/** The small town's database: a sibling PostgreSQL database (created when missing) or data directory. */
async function smallTarget(big: Target, size: CitySize): Promise<Target> {
	const suffix = `_${size.members}_${size.posts}`;
	if (!big.databaseUrl) return { dataDir: `${big.dataDir}${suffix.replaceAll('_', '-')}`, databaseUrl: undefined };
	const url = new URL(big.databaseUrl);
	const name = `${url.pathname.slice(1)}${suffix}`;
	const admin = postgres({ ...adminOptions(url), max: 1, onnotice: () => {} });
	try {
		const [found] = await admin`select 1 from pg_database where datname = ${name}`;
		if (!found) await admin.unsafe(`create database "${name.replaceAll('"', '')}"`);
	} finally {
		await admin.end();
	}
	url.pathname = `/${name}`;
	return { dataDir: big.dataDir, databaseUrl: url.toString() };
}

function adminOptions(url: URL) {
	return {
		host: url.hostname,
		port: Number(url.port || 5432),
		user: decodeURIComponent(url.username),
		password: decodeURIComponent(url.password),
		database: 'postgres'
	};
}

/** Who the calls are made for: 10 members with a live request and skills they share, the coordinator. */
async function people(q: Db, networkId: string) {
	const members = await sqlRows<{ id: string }>(
		q,
		sql`select m.account_id as id from memberships m
			where m.network_id = ${networkId} and m.status = 'active' and m.role = 'member'
				and exists (select 1 from member_skills ms where ms.network_id = m.network_id
					and ms.account_id = m.account_id and ms.direction = 'share')
				and exists (select 1 from posts p where p.network_id = m.network_id and p.author_account_id = m.account_id
					and p.kind = 'request' and p.status = 'open' and p.expires_at > now())
			order by m.account_id limit ${SAMPLES}`
	);
	const posts = await sqlRows<{ id: string }>(
		q,
		sql`select p.id from posts p where p.network_id = ${networkId} and p.status = 'open'
				and p.expires_at > now() and exists (select 1 from post_skills ps where ps.post_id = p.id)
			order by p.id limit ${SAMPLES}`
	);
	const coordinator = await findAccountByEmail(CITY_COORDINATOR.email);
	const actors = await Promise.all(members.map((m) => loadActor(m.id)));
	return {
		members: actors.filter((a): a is NonNullable<typeof a> => a !== null) as Actor[],
		coordinator: (await loadActor(coordinator!.id)) as Actor,
		posts: posts.map((p) => p.id)
	};
}

/** Seeds (or reuses) the town of this size on the target, then times each ranking function on it. */
async function timeRanking(target: Target, size: CitySize, runs: number, log: (line: string) => void) {
	const connection = await openDatabase(target);
	try {
		const city = await seedCity(connection.db, size, log);
		const networkId = city.networkId;
		const { members, coordinator, posts } = await people(connection.db, networkId);
		const each = <T>(list: T[], call: (item: T) => Promise<unknown>) => list.map((item) => () => call(item));
		const timed: Timed[] = [];
		const time = async (what: string, calls: (() => Promise<unknown>)[]) =>
			timed.push({ what, samples: await measureCalls(calls, runs) });
		await time(
			`search(), ${QUERIES.length} requêtes`,
			each(QUERIES, (query) => search({ actor: coordinator, networkId, query }))
		);
		await time(
			`matchPost(), ${posts.length} annonces`,
			each(posts, (postId) => matchPost({ actor: coordinator, networkId, postId }))
		);
		for (const [name, suggest] of [
			['helpersForLatestRequest', helpersForLatestRequest],
			['learnersOfMember', learnersOfMember],
			['requestsForMember', requestsForMember]
		] as const) {
			await time(
				`${name}(), ${members.length} membres`,
				each(members, (actor) => suggest({ actor, networkId }))
			);
		}
		return { timed, posts: city.posts };
	} finally {
		await connection.close();
	}
}

/**
 * Times the ranking functions on a town of 1 % of `size` and on `size` itself (the bench's database, `big`),
 * and returns them as bench measures, the big town's with the ratio of the medians and of the p95s as its note.
 */
export async function benchRanking(options: {
	base: string;
	big: Target;
	size: CitySize;
	runs: number;
	log?: (line: string) => void;
}): Promise<Measure[]> {
	const log = options.log ?? console.log;
	// The same people, a hundredth of the posts: what grows is the network's posts (issue 13's goal).
	const smallSize = { members: options.size.members, posts: Math.max(100, Math.round(options.size.posts / 100)) };
	const small = await timeRanking(await smallTarget(options.big, smallSize), smallSize, options.runs, log);
	const big = await timeRanking(options.big, options.size, options.runs, log);
	const measures: Measure[] = [];
	for (const [i, b] of big.timed.entries()) {
		const s = small.timed[i];
		const ratio = (p: number) => (percentile(b.samples, p) / percentile(s.samples, p)).toFixed(2);
		measures.push({ base: options.base, what: `${s.what} — ${small.posts} annonces`, samples: s.samples });
		measures.push({
			base: options.base,
			what: `${b.what} — ${big.posts} annonces`,
			samples: b.samples,
			note: `× ${ratio(50)} (médiane), × ${ratio(95)} (p95) par rapport à ${small.posts} annonces`
		});
	}
	return measures;
}
