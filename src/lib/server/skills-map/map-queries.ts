// The skills map's figures (decision 034), one query per family — members, posts, events — each grouped by skill
// and by theme in the same pass. Every query reads one network and returns at most one row per skill and per
// theme of it: bounded by the network's list of skills, never by its members or posts.
import { sql, type SQL } from 'drizzle-orm';
import { db, sqlRows } from '../db/client.ts';
import { ofActiveMember } from '../networks/active-members.ts';

/** What filters the figures: a neighbourhood (as members type it) and a period of instants, both optional. */
export type MapFilters = { neighbourhood?: string; start?: Date; end?: Date };

/** Figures keyed by `skill:<id>` and `theme:<id>`. */
export type Figures<K extends string> = Map<string, Record<K, number>>;

type Grouped = { level: 'skill' | 'theme'; id: string };

function keyed<K extends string>(rows: (Grouped & Record<K, number | string>)[], names: readonly K[]): Figures<K> {
	const figures: Figures<K> = new Map();
	for (const row of rows) {
		const values = Object.fromEntries(names.map((name) => [name, Number(row[name])])) as Record<K, number>;
		figures.set(`${row.level}:${row.id}`, values);
	}
	return figures;
}

/**
 * Active members (decision 014's `ofActiveMember`) who can share / wish to learn each skill, and each theme (a
 * member counted once per theme, however many of its skills they list). The neighbourhood is the profile's.
 * Members are counted as they are now: the period does not apply (a profile says what one knows today).
 */
export async function memberFigures(networkId: string, filters: MapFilters) {
	const place: SQL = filters.neighbourhood
		? sql`and exists (select from profiles pr where pr.network_id = ms.network_id and pr.account_id = ms.account_id
				and name_key(pr.neighbourhood) = name_key(${filters.neighbourhood}))`
		: sql``;
	// A skill's row is one per member and side (the primary key): counted as is. A theme counts each member once,
	// through the distinct (theme, member, side) of the same rows. Hash aggregates over one materialised scan:
	// `grouping sets` with `count(distinct)` sorted the 55 000 rows of the city on disk instead (docs/performance.md).
	const counts = sql`count(*) filter (where direction = 'share')::int as sharers,
		count(*) filter (where direction = 'learn')::int as learners`;
	const rows = await sqlRows<Grouped & { sharers: number; learners: number }>(
		db(),
		sql`with listed as materialized (
				select ms.account_id, ms.direction, ms.skill_id, s.theme_id
				from member_skills ms join skills s on s.id = ms.skill_id
				where ms.network_id = ${networkId} and ${ofActiveMember('ms')} ${place})
			select 'skill' as level, skill_id as id, ${counts} from listed group by skill_id
			union all
			select 'theme' as level, theme_id as id, ${counts}
			from (select distinct theme_id, account_id, direction from listed) members group by theme_id`
	);
	return keyed(rows, ['sharers', 'learners'] as const);
}

/**
 * Live offers and requests (open, not expired: decision 013) per skill they are tagged with, and per theme they
 * are filed under. The period keeps the posts published within it; the neighbourhood, the posts placed there
 * (the search's own test, decision 014).
 */
export async function postFigures(networkId: string, at: Date, filters: MapFilters) {
	const conditions = [
		sql`p.network_id = ${networkId} and p.status = 'open' and p.expires_at > ${at.toISOString()}::timestamptz`
	];
	if (filters.start) conditions.push(sql`p.created_at >= ${filters.start.toISOString()}::timestamptz`);
	if (filters.end) conditions.push(sql`p.created_at < ${filters.end.toISOString()}::timestamptz`);
	if (filters.neighbourhood)
		conditions.push(sql`p.place_kind = 'neighbourhood' and name_key(p.place) = name_key(${filters.neighbourhood})`);
	const live = sql.join(conditions, sql` and `);
	const counts = sql`count(*) filter (where p.kind = 'offer')::int as offers,
		count(*) filter (where p.kind = 'request')::int as requests`;
	const rows = await sqlRows<Grouped & { offers: number; requests: number }>(
		db(),
		sql`select 'skill' as level, ps.skill_id as id, ${counts}
			from post_skills ps join posts p on p.id = ps.post_id where ${live} group by ps.skill_id
			union all
			select 'theme' as level, p.theme_id as id, ${counts}
			from posts p where ${live} group by p.theme_id`
	);
	return keyed(rows, ['offers', 'requests'] as const);
}

/**
 * Occurrences held (not cancelled, already started; within the period when there is one) of the events about a
 * skill — a facilitator shares it there (decision 022) — or about a theme: a facilitator's skill is under it, or
 * the event belongs to a group of that theme. Events have no neighbourhood: that filter does not apply to them.
 */
export async function eventFigures(networkId: string, at: Date, filters: MapFilters) {
	const conditions = [
		sql`o.network_id = ${networkId} and o.cancelled_at is null and o.starts_at <= ${at.toISOString()}::timestamptz`
	];
	if (filters.start) conditions.push(sql`o.starts_at >= ${filters.start.toISOString()}::timestamptz`);
	if (filters.end) conditions.push(sql`o.starts_at < ${filters.end.toISOString()}::timestamptz`);
	const rows = await sqlRows<Grouped & { held: number }>(
		db(),
		sql`with held as (select o.id, o.event_id from event_occurrences o where ${sql.join(conditions, sql` and `)}),
			about as (
				select h.id as occurrence_id, f.skill_id, s.theme_id
				from held h join event_facilitators f on f.event_id = h.event_id join skills s on s.id = f.skill_id
				union
				select h.id, null, g.theme_id
				from held h join events e on e.id = h.event_id join groups g on g.id = e.group_id
				where g.theme_id is not null)
			select 'skill' as level, skill_id as id, count(distinct occurrence_id)::int as held
			from about where skill_id is not null group by skill_id
			union all
			select 'theme' as level, theme_id as id, count(distinct occurrence_id)::int as held
			from about group by theme_id`
	);
	return keyed(rows, ['held'] as const);
}

/** The network's themes (archived ones too: their skills stay on profiles) and every skill, with their names. */
export async function mapNames(networkId: string) {
	return sqlRows<{
		theme_id: string;
		theme: string;
		archived: boolean;
		position: number;
		skill_id: string | null;
		skill: string | null;
	}>(
		db(),
		sql`select t.id as theme_id, t.name as theme, t.archived_at is not null as archived, t.position,
				s.id as skill_id, s.name as skill
			from themes t left join skills s on s.theme_id = t.id and s.network_id = t.network_id
			where t.network_id = ${networkId}
			order by t.position, t.name, s.name_key`
	);
}
