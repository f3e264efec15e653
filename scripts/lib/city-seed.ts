// Fills a database with one town-sized network of realistic French data: members with profiles, skills under
// the seeded themes, member skills and posts of various ages (some expired, some closed). Large tables are
// written in bulk (`insert … select generate_series`, batched multi-row inserts) so 20 000 members and
// 100 000 posts take minutes, not hours. Used by `npm run seed:city` and by `npm run bench`.
import { eq, sql, type SQL } from 'drizzle-orm';
import { hashPassword } from '../../src/lib/server/auth/crypto.ts';
import { now } from '../../src/lib/server/clock.ts';
import { sqlRows, type Db } from '../../src/lib/server/db/client.ts';
import { accounts, memberships, networks, posts, skills } from '../../src/lib/server/db/schema/index.ts';
import { expiryFrom } from '../../src/lib/server/posts/lifetime.ts';
import { insertNetwork } from '../../src/lib/server/networks/create-network.ts';
import { firstNames, lastNames } from '../../src/lib/server/setup/demo/names.ts';
import { themeByName } from '../../src/lib/server/setup/demo/rows.ts';
import { LANGUAGES, NEIGHBOURHOODS, VENUES, WHEN_NOTES } from './city-data.ts';
import { THEMES } from './city-themes.ts';

export const CITY_NETWORK = {
	name: 'Réseau des savoirs — ville de Nanterre',
	town: 'Nanterre',
	description: 'Un réseau à l’échelle de la ville, généré pour mesurer les performances.',
	joinPolicy: 'open' as const
};
export const CITY_COORDINATOR = { email: 'coordination@ville.exemple.org', password: 'entrelien-ville' };
const MEMBER_EMAIL_DOMAIN = 'ville.exemple.org';
const POST_BATCH = 1000;
const DAY = 24 * 60 * 60 * 1000;

export type CitySize = { members: number; posts: number };
export type CitySeed = { networkId: string; reused: boolean; members: number; posts: number };

/** A small deterministic random generator (mulberry32), so two seeds of one size give the same town. */
function randomGenerator(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
	return { next, pick };
}

const textArray = (values: readonly string[]): SQL =>
	sql`array[${sql.join(
		values.map((v) => sql`${v}`),
		sql`, `
	)}]::text[]`;

async function timed<T>(label: string, log: (line: string) => void, run: () => Promise<T>): Promise<T> {
	const start = performance.now();
	const result = await run();
	log(`  ${label} : ${((performance.now() - start) / 1000).toFixed(1)} s`);
	return result;
}

async function existingCity(q: Db): Promise<CitySeed | undefined> {
	const [network] = await q.select().from(networks).where(eq(networks.name, CITY_NETWORK.name));
	if (!network) return undefined;
	const [counts] = await sqlRows<{ members: number; posts: number }>(
		q,
		sql`select (select count(*) from memberships where network_id = ${network.id})::int as members,
			(select count(*) from posts where network_id = ${network.id})::int as posts`
	);
	return { networkId: network.id, reused: true, ...counts };
}

async function createCoordinator(q: Db, networkId: string, instanceCreated: boolean) {
	const [account] = await q
		.insert(accounts)
		.values({
			name: 'Coordination de la ville',
			email: CITY_COORDINATOR.email,
			passwordHash: await hashPassword(CITY_COORDINATOR.password),
			isInstanceAdmin: instanceCreated
		})
		.returning({ id: accounts.id });
	await q
		.insert(memberships)
		.values({ networkId, accountId: account.id, role: 'coordinator', status: 'active', decidedAt: now() });
}

async function insertMembers(q: Db, networkId: string, count: number) {
	const at = now().toISOString();
	await q.execute(sql`insert into accounts (name, email, locale, created_at)
		select (${textArray(firstNames)})[1 + i % ${firstNames.length}] || ' '
				|| (${textArray(lastNames)})[1 + (i / ${firstNames.length} + i * 7) % ${lastNames.length}],
			'membre' || i || ${'@' + MEMBER_EMAIL_DOMAIN}, 'fr',
			${at}::timestamptz - make_interval(days => (i * 37) % 900)
		from generate_series(1, ${count}) i`);
	// About one in a hundred is still waiting for a coordinator's decision.
	await q.execute(sql`insert into memberships (network_id, account_id, role, status, created_at, decided_at)
		select ${networkId}, a.id, 'member', s.status, a.created_at,
			case when s.status = 'active' then a.created_at + interval '1 day' end
		from accounts a, lateral (select case when random() < 0.01 then 'pending' else 'active' end as status
			where a.id is not null) s
		where a.email like ${'%@' + MEMBER_EMAIL_DOMAIN} and a.email like 'membre%'`);
	const weighted = NEIGHBOURHOODS.flatMap(([name, weight]) => Array<string>(weight).fill(name));
	await q.execute(sql`insert into profiles (network_id, account_id, neighbourhood, languages, availability, onboarding)
		select m.network_id, m.account_id,
			case when random() < 0.92 then (${textArray(weighted)})[1 + floor(random() * ${weighted.length})::int] else '' end,
			case when random() < 0.45
				then array['français', (${textArray(LANGUAGES)})[2 + floor(random() * ${LANGUAGES.length - 1})::int]]
				else array['français'] end,
			array(select slot from unnest(${textArray(SLOTS)}) slot where random() < 0.15 and m.account_id is not null),
			case when random() < 0.8 then 'done' when random() < 0.5 then 'skipped' else 'not_started' end
		from memberships m where m.network_id = ${networkId}`);
}

const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((d) =>
	['morning', 'afternoon', 'evening'].map((p) => `${d}_${p}`)
);

async function insertSkills(q: Db, networkId: string) {
	const themeIds = new Map<string, string>();
	for (const [themeName, material] of Object.entries(THEMES)) {
		const theme = await themeByName(q, networkId, themeName);
		themeIds.set(themeName, theme.id);
		await q
			.insert(skills)
			.values(material.skills.map((name) => ({ networkId, themeId: theme.id, name })))
			.onConflictDoNothing();
	}
	// Each active member shares or wants to learn up to four skills (60 % to share).
	await q.execute(sql`insert into member_skills (network_id, account_id, skill_id, direction, level, formats, created_at)
		select m.network_id, m.account_id, k.ids[1 + floor(random() * k.n)::int],
			case when random() < 0.6 then 'share' else 'learn' end,
			(array['beginner', 'intermediate', 'advanced'])[1 + floor(random() * 3)::int],
			case floor(random() * 4)::int when 0 then array['one_to_one'] when 1 then array['small_group']
				when 2 then array['one_to_one', 'remote'] else array['one_to_one', 'small_group'] end,
			m.created_at + make_interval(days => floor(random() * 60)::int)
		from memberships m, generate_series(1, 4) g,
			(select array_agg(id) as ids, count(*)::int as n from skills where network_id = ${networkId}) k
		where m.network_id = ${networkId} and m.status = 'active' and random() < 0.7
		on conflict do nothing`);
	return themeIds;
}

function postRows(count: number, networkId: string, authors: string[], themeIds: Map<string, string>, seed: number) {
	const random = randomGenerator(seed);
	const themeNames = [...themeIds.keys()];
	const at = now().getTime();
	const rows: (typeof posts.$inferInsert)[] = [];
	for (let i = 0; i < count; i++) {
		const themeName = random.pick(themeNames);
		const material = THEMES[themeName];
		const kind = random.next() < 0.5 ? ('offer' as const) : ('request' as const);
		const lifetimeDays = kind === 'offer' ? 90 : 30;
		// Seven in ten are still within their lifetime; the others expired up to a year ago.
		const ageDays = random.next() < 0.7 ? random.next() * lifetimeDays : lifetimeDays + random.next() * 365;
		const createdAt = new Date(at - ageDays * DAY);
		const neighbourhood = random.pick(NEIGHBOURHOODS)[0];
		const place = random.next();
		const placeKind = place < 0.7 ? 'neighbourhood' : place < 0.85 ? 'venue' : 'remote';
		const when = random.next();
		const whenKind = when < 0.6 ? 'flexible' : when < 0.85 ? 'recurring' : 'once';
		const ended = random.next();
		const status = ended < 0.05 ? 'fulfilled' : ended < 0.08 ? 'closed' : 'open';
		const sentences = [random.pick(material.details), random.pick(material.details)];
		if (placeKind === 'neighbourhood') sentences.push(`Dans le quartier ${neighbourhood}.`);
		rows.push({
			networkId,
			authorAccountId: random.pick(authors),
			kind,
			title: random.pick(kind === 'offer' ? material.offers : material.requests),
			description: [...new Set(sentences)].join(' '),
			themeId: themeIds.get(themeName)!,
			format: random.pick(['one_to_one', 'one_to_one', 'small_group', 'remote']),
			placeKind,
			place: placeKind === 'neighbourhood' ? neighbourhood : placeKind === 'venue' ? random.pick(VENUES) : '',
			whenKind,
			startsAt: whenKind === 'once' ? new Date(createdAt.getTime() + (3 + random.next() * 20) * DAY) : null,
			whenNote: whenKind === 'recurring' ? random.pick(WHEN_NOTES) : '',
			status,
			closedAt: status === 'open' ? null : new Date(createdAt.getTime() + random.next() * 10 * DAY),
			expiresAt: expiryFrom(kind, createdAt),
			createdAt,
			updatedAt: createdAt
		});
	}
	return rows;
}

async function insertPosts(q: Db, networkId: string, count: number, themeIds: Map<string, string>) {
	const authors = (
		await sqlRows<{ id: string }>(
			q,
			sql`select account_id as id from memberships where network_id = ${networkId} and status = 'active'`
		)
	).map((r) => r.id);
	for (let done = 0; done < count; done += POST_BATCH) {
		const rows = postRows(Math.min(POST_BATCH, count - done), networkId, authors, themeIds, done + 1);
		await q.insert(posts).values(rows);
	}
	// Most posts name one skill of their theme.
	await q.execute(sql`insert into post_skills (network_id, post_id, skill_id)
		select p.network_id, p.id, s.id from posts p
		cross join lateral (select id from skills s where s.network_id = p.network_id and s.theme_id = p.theme_id
			order by random() limit 1) s
		where p.network_id = ${networkId} and random() < 0.6`);
}

/**
 * Confirmed exchanges over the past year, about 1.5 per member: a member shares one of their skills with another
 * member (so that matching's « helped least recently first » reads real data).
 */
async function insertExchanges(q: Db, networkId: string, count: number) {
	// Arrays, not joins on a random number: Postgres would draw again for every row compared.
	await q.execute(sql`with pool as materialized (
			select
				(select array_agg(account_id order by account_id, skill_id) from member_skills
					where network_id = ${networkId} and direction = 'share') as sharers,
				(select array_agg(skill_id order by account_id, skill_id) from member_skills
					where network_id = ${networkId} and direction = 'share') as skills,
				(select array_agg(account_id) from memberships
					where network_id = ${networkId} and status = 'active') as members
		),
		draws as materialized (
			select gen_random_uuid() as id,
				1 + floor(random() * cardinality(pool.sharers))::int as s,
				1 + floor(random() * cardinality(pool.members))::int as l,
				(current_date - floor(random() * 365)::int) + time '18:00' as at
			from generate_series(1, ${count}), pool
		),
		picked as materialized (
			select d.id, d.at, pool.sharers[d.s] as sharer, pool.skills[d.s] as skill_id, pool.members[d.l] as learner
			from draws d, pool
			where pool.members[d.l] <> pool.sharers[d.s]
		),
		made as (
			insert into exchanges (id, network_id, sharer_account_id, skill_id, occurred_on, minutes, origin,
				sharer_status, sharer_decided_at, confirmed_at, created_at)
			select id, ${networkId}, sharer, skill_id, at::date, 60, 'coordinator', 'confirmed', at, at, at
			from picked
			returning id
		)
		insert into exchange_learners (exchange_id, network_id, sharer_account_id, account_id, status, decided_at)
		select p.id, ${networkId}, p.sharer, p.learner, 'confirmed', p.at
		from picked p join made on made.id = p.id`);
}

/** Seeds the city network, or reuses it when this database already has one. */
export async function seedCity(q: Db, size: CitySize, log: (line: string) => void = console.log): Promise<CitySeed> {
	const existing = await existingCity(q);
	if (existing) return existing;
	const created = await sqlRows<{ id: number }>(
		q,
		sql`insert into instance (id, setup_at) values (1, now()) on conflict do nothing returning id`
	);
	const network = await insertNetwork(q, CITY_NETWORK);
	await createCoordinator(q, network.id, created.length > 0);
	await timed(`${size.members} membres et leurs profils`, log, () => insertMembers(q, network.id, size.members));
	const themeIds = await timed('savoirs des membres', log, () => insertSkills(q, network.id));
	await timed(`${size.posts} annonces`, log, () => insertPosts(q, network.id, size.posts, themeIds));
	const exchangeCount = Math.round(size.members * 1.5);
	await timed(`${exchangeCount} échanges`, log, () => insertExchanges(q, network.id, exchangeCount));
	// VACUUM too: after a bulk load, the visibility map lets count(*) and lists use index-only scans, as
	// autovacuum would soon allow in production.
	await timed('statistiques (vacuum analyze)', log, () => q.execute(sql`vacuum analyze`));
	return { networkId: network.id, reused: false, members: size.members + 1, posts: size.posts };
}
