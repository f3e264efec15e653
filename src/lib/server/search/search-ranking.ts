// Ranking one mode's matches: posts and members each by their own query, the first page with what its hits show
// (decision 014), later pages by ids only.
import { sql } from 'drizzle-orm';
import { db, sqlRows } from '../db/client.ts';
import { MARKERS, splitMarked } from './highlight.ts';
import type { SearchTerms } from './query.ts';
import {
	EXCERPT_HEADLINE,
	MEMBER_SKILLS_FROM,
	TITLE_HEADLINE,
	matchedSkillsCte,
	memberSkillConditions,
	postRanking,
	postMatchesCte,
	tsQueryCte,
	type Mode,
	type Ranked,
	type RankedRow,
	type Scope
} from './search-sql.ts';
import type { MemberHit, PostHit } from './search.ts';

type PostRow = {
	id: string;
	kind: 'offer' | 'request';
	title: string;
	excerpt: string;
	theme: string;
	format: string;
	place_kind: string;
	place: string;
	author: string;
	created_at: Date | string;
};

/** What a post hit shows, read from `posts p` joined to `q` (the query): title and excerpt highlighted. */
const POST_COLUMNS = sql`p.id, p.kind, p.format, p.place_kind, p.place, p.created_at, t.name as theme, a.name as author,
	ts_headline('french_unaccent', translate(p.title, ${MARKERS}, ''), q.shown, ${TITLE_HEADLINE}) as title,
	ts_headline('french_unaccent', translate(p.description, ${MARKERS}, ''), q.shown, ${EXCERPT_HEADLINE}) as excerpt`;
const POST_JOINS = sql`join themes t on t.id = p.theme_id join accounts a on a.id = p.author_account_id`;

function postHit(r: PostRow): PostHit {
	return {
		type: 'post',
		id: r.id,
		kind: r.kind,
		title: splitMarked(r.title),
		excerpt: splitMarked(r.excerpt),
		theme: r.theme,
		format: r.format,
		placeKind: r.place_kind,
		place: r.place,
		author: r.author,
		createdAt: new Date(r.created_at)
	};
}

/**
 * Ranked posts, best first: at most `limit`. With `details` (the first page), the same query also reads what
 * each of them shows (headlines, theme, author): one round trip instead of two, for at most 21 posts.
 */
export async function rankedPosts(mode: Mode, terms: SearchTerms, scope: Scope, limit: number, details: boolean) {
	const ctes = sql`${tsQueryCte(mode, terms)}${postMatchesCte(scope, limit)}`;
	const ranking = postRanking(scope, limit);
	if (!details) {
		const rows = await sqlRows<RankedRow>(db(), sql`${ctes} ${ranking}`);
		return { rows, hits: new Map() } satisfies Ranked<PostHit>;
	}
	const rows = await sqlRows<RankedRow & PostRow>(
		db(),
		sql`${ctes}, ranked as (${ranking})
		select r.source, r.rank, r.fresh, ${POST_COLUMNS}
		from ranked r join posts p on p.id = r.id ${POST_JOINS}, q
		order by r.rank desc, r.fresh desc, r.id`
	);
	return {
		rows: rows.map(({ source, id, rank, fresh }) => ({ source, id, rank, fresh })),
		hits: postHits(rows)
	} satisfies Ranked<PostHit>;
}

function postHits(rows: PostRow[]): Map<string, PostHit> {
	return new Map(rows.map((r) => [r.id, postHit(r)]));
}

type MemberSkillRow = {
	account_id: string;
	name: string;
	neighbourhood: string | null;
	skill: string;
	direction: 'share' | 'learn';
	level: string;
	formats: string[];
};

/** Groups skill rows (best skill first) into member hits, in the order met. */
function memberHits(rows: MemberSkillRow[]): Map<string, MemberHit> {
	const members = new Map<string, MemberHit>();
	for (const r of rows) {
		const member = members.get(r.account_id) ?? {
			type: 'member' as const,
			accountId: r.account_id,
			name: r.name,
			neighbourhood: r.neighbourhood ?? '',
			skills: []
		};
		member.skills.push({
			name: splitMarked(r.skill),
			direction: r.direction,
			level: r.level,
			formats: r.formats
		});
		members.set(r.account_id, member);
	}
	return members;
}

type SkillJson = { skill: string; direction: 'share' | 'learn'; level: string; formats: string[] };

/**
 * Ranked members (by their best matching skill), best first: at most `limit`. With `details` (the first page),
 * the same query also reads each one's name, neighbourhood and matching skills (best first, as JSON).
 */
export async function rankedMembers(mode: Mode, terms: SearchTerms, scope: Scope, limit: number, details: boolean) {
	const ctes = sql`${tsQueryCte(mode, terms)}${matchedSkillsCte(scope, details)}`;
	const ranking = sql`select 'member' as source, ms.account_id as id, max(s.rank) as rank, max(ms.created_at) as fresh
		from ${MEMBER_SKILLS_FROM}
		where ${memberSkillConditions(scope)}
		group by ms.account_id
		order by rank desc, fresh desc, ms.account_id limit ${limit}`;
	if (!details) {
		const rows = await sqlRows<RankedRow>(db(), sql`${ctes} ${ranking}`);
		return { rows, hits: new Map() } satisfies Ranked<MemberHit>;
	}
	// Each member's skills are read by a subquery on the member's key: a join would let the planner read every
	// matching member skill a second time.
	const rows = await sqlRows<RankedRow & { name: string; neighbourhood: string | null; skills: SkillJson[] | string }>(
		db(),
		sql`${ctes}, ranked as (${ranking})
		select r.source, r.id, r.rank, r.fresh, a.name, pr.neighbourhood, (
			select json_agg(json_build_object('skill', s.label, 'direction', ms.direction, 'level', ms.level,
				'formats', ms.formats) order by s.rank desc, ms.direction desc, s.name)
			from ${MEMBER_SKILLS_FROM}
			where ms.account_id = r.id and ${memberSkillConditions(scope)}
		) as skills
		from ranked r join accounts a on a.id = r.id
			left join profiles pr on pr.network_id = ${scope.networkId} and pr.account_id = r.id
		order by r.rank desc, r.fresh desc, r.id`
	);
	const skillRows = rows.flatMap((r) => {
		const skills: SkillJson[] = (typeof r.skills === 'string' ? JSON.parse(r.skills) : r.skills) ?? [];
		return skills.map((k) => ({ ...k, account_id: r.id, name: r.name, neighbourhood: r.neighbourhood }));
	});
	return {
		rows: rows.map(({ source, id, rank, fresh }) => ({ source, id, rank, fresh })),
		hits: memberHits(skillRows)
	} satisfies Ranked<MemberHit>;
}

/** The hits of posts ranked without details (pages after the first). */
export async function postDetails(ids: string[], mode: Mode, terms: SearchTerms): Promise<Map<string, PostHit>> {
	if (ids.length === 0) return new Map();
	const rows = await sqlRows<PostRow>(
		db(),
		sql`${tsQueryCte(mode, terms)}
		select ${POST_COLUMNS}
		from posts p ${POST_JOINS}, q
		where p.id in (${sql.join(
			ids.map((id) => sql`${id}`),
			sql`, `
		)})`
	);
	return postHits(rows);
}

/** The hits of members ranked without details (pages after the first). */
export async function memberDetails(ids: string[], mode: Mode, terms: SearchTerms, scope: Scope) {
	if (ids.length === 0) return new Map<string, MemberHit>();
	const rows = await sqlRows<MemberSkillRow>(
		db(),
		sql`${tsQueryCte(mode, terms)}${matchedSkillsCte(scope, true)}
		select ms.account_id, a.name, pr.neighbourhood, s.label as skill, ms.direction, ms.level, ms.formats
		from ${MEMBER_SKILLS_FROM}
			join accounts a on a.id = ms.account_id
		where ${memberSkillConditions(scope)}
			and ms.account_id in (${sql.join(
				ids.map((id) => sql`${id}`),
				sql`, `
			)})
		order by s.rank desc, ms.direction desc, s.name`
	);
	return memberHits(rows);
}
