// One search box across the network's open posts and its members' skills (decision 014).
// Matching goes from strict to loose: every word (French full text, accents ignored, word forms stemmed), then
// any word, then trigram similarity on titles and skill names for typos (« jardinnage »). The first step that
// finds something gives the results, ranked by relevance then freshness.
import { sql, type SQL } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { POST_FORMATS, POST_KINDS } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { highlightSimilar, MARKERS, splitMarked, START, STOP, type Part } from './highlight.ts';
import { parseQuery, toTsQuery, tsQueryForms, type SearchTerms } from './query.ts';
import { isUuid } from '../db/ids.ts';

export const PAGE_SIZE = 20;
/** Deep pages cost more and nobody reads them: past this, refine the query. */
export const MAX_PAGE = 50;

export type SearchFilters = {
	kind?: 'offer' | 'request';
	themeId?: string;
	format?: 'one_to_one' | 'small_group' | 'remote';
	neighbourhood?: string;
};

export type PostHit = {
	type: 'post';
	id: string;
	kind: 'offer' | 'request';
	title: Part[];
	excerpt: Part[];
	theme: string;
	format: string;
	placeKind: string;
	place: string;
	author: string;
	createdAt: Date;
};

export type MemberHit = {
	type: 'member';
	accountId: string;
	name: string;
	neighbourhood: string;
	skills: { name: Part[]; direction: 'share' | 'learn'; level: string; formats: string[] }[];
};

export type SearchHit = PostHit | MemberHit;
/** How the results were found: 'all' words, 'any' word, or 'similar' spelling; 'none' when nothing matched. */
export type SearchMode = 'all' | 'any' | 'similar' | 'none';

export type SearchResult =
	{ status: 'empty' } | { status: 'done'; mode: SearchMode; hits: SearchHit[]; page: number; hasNext: boolean };

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
const TITLE_HEADLINE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
const EXCERPT_HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;

function checkFilters(filters: SearchFilters): SearchFilters {
	const { kind, themeId, format, neighbourhood } = filters;
	if (kind !== undefined && !POST_KINDS.includes(kind)) throw new AppError('invalid_input', 'type');
	if (themeId !== undefined && !isUuid(themeId)) throw new AppError('invalid_input', 'theme');
	if (format !== undefined && !POST_FORMATS.includes(format)) throw new AppError('invalid_input', 'format');
	// PostgreSQL refuses NUL in a parameter: strip control characters.
	const place = neighbourhood?.replace(CONTROL, '').trim().slice(0, 80);
	return { kind, themeId, format, neighbourhood: place || undefined };
}

/** How a post or a skill matches in each mode, and its relevance. `q.tsq` is the query, computed once. */
function matcher(mode: Exclude<SearchMode, 'none'>, terms: SearchTerms) {
	if (mode === 'similar') {
		return {
			post: { where: sql`${terms.key} <% p.title_key`, rank: sql`word_similarity(${terms.key}, p.title_key)` },
			skill: { where: sql`${terms.key} <% s.name_key`, rank: sql`word_similarity(${terms.key}, s.name_key)` }
		};
	}
	return {
		// Title (weight A) counts more than description (B); a skill's name counts like a title.
		post: { where: sql`p.search @@ q.tsq`, rank: sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', p.search, q.tsq)` },
		skill: { where: sql`s.search @@ q.tsq`, rank: sql`ts_rank('{1.0, 1.0, 1.0, 1.0}', s.search, q.tsq)` }
	};
}

/**
 * The query as a tsquery: toTsQuery(terms, mode), built word by word so that a word whose two forms stem alike
 * (« réparations » and « réparation » → repar) is looked up once: the index scan and the match of each row are
 * then done once instead of twice, with the same matches and ranks (ts_rank counts each lexeme once anyway).
 */
function tsQuery(mode: 'all' | 'any', terms: SearchTerms): SQL {
	const words = tsQueryForms(terms).map((forms) => {
		const [word, singular] = forms.map((form) => sql`to_tsquery('french_unaccent', ${form})`);
		if (!singular) return word;
		return sql`(select case when a = b then a else a || b end from (select ${word} as a, ${singular} as b) forms)`;
	});
	return sql.join(words, mode === 'all' ? sql` && ` : sql` || `);
}

/**
 * `q.tsq` finds and ranks; `q.shown` highlights: ts_headline picks its excerpt by counting the query's words, so
 * it keeps the query as written (with both forms of a word) and excerpts stay as they always were.
 */
function tsQueryCte(mode: SearchMode, terms: SearchTerms): SQL {
	// MATERIALIZED: the query is parsed once, not once per row (prepared statements can get generic plans).
	if (mode === 'similar' || mode === 'none') {
		return sql`with q as materialized (select null::tsquery as tsq, null::tsquery as shown)`;
	}
	return sql`with q as materialized (select ${tsQuery(mode, terms)} as tsq,
		to_tsquery('french_unaccent', ${toTsQuery(terms, mode)}) as shown)`;
}

type Scope = { networkId: string; filters: SearchFilters; at: string };

function postConditions({ networkId, filters, at }: Scope): SQL {
	const conditions = [sql`p.network_id = ${networkId}`, sql`p.status = 'open'`, sql`p.expires_at > ${at}::timestamptz`];
	if (filters.kind) conditions.push(sql`p.kind = ${filters.kind}`);
	if (filters.themeId) conditions.push(sql`p.theme_id = ${filters.themeId}`);
	if (filters.format) conditions.push(sql`p.format = ${filters.format}`);
	if (filters.neighbourhood) {
		conditions.push(sql`p.place_kind = 'neighbourhood' and name_key(p.place) = name_key(${filters.neighbourhood})`);
	}
	return sql.join(conditions, sql` and `);
}

/** Skills of active members of the network; an offer means someone who shares it, a request someone learning. */
function memberSkillConditions({ networkId, filters }: Scope): SQL {
	const conditions = [sql`ms.network_id = ${networkId}`, sql`mb.status = 'active'`];
	if (filters.kind) conditions.push(sql`ms.direction = ${filters.kind === 'offer' ? 'share' : 'learn'}`);
	if (filters.themeId) conditions.push(sql`s.theme_id = ${filters.themeId}`);
	if (filters.format) conditions.push(sql`${filters.format} = any(ms.formats)`);
	if (filters.neighbourhood) conditions.push(sql`name_key(pr.neighbourhood) = name_key(${filters.neighbourhood})`);
	return sql.join(conditions, sql` and `);
}

/**
 * The network's skills that match (`sk`), each with its relevance and, for pages, its highlighted name: computed
 * once per skill (a handful), not once per member skill (thousands for a common word).
 */
function matchedSkillsCte(mode: Mode, terms: SearchTerms, scope: Scope, labels: boolean): SQL {
	const match = matcher(mode, terms);
	return sql`, sk as materialized (
		select s.id, s.theme_id, s.name, ${match.skill.rank} as rank${labels ? sql`, ${skillName(mode)} as label` : sql``}
		from skills s, q
		where s.network_id = ${scope.networkId} and ${match.skill.where})`;
}

/** Member skills with their matching skill (`s`, from `sk`), membership and profile. */
const MEMBER_SKILLS_FROM = sql`member_skills ms
	join sk s on s.id = ms.skill_id
	join memberships mb on mb.network_id = ms.network_id and mb.account_id = ms.account_id
	left join profiles pr on pr.network_id = ms.network_id and pr.account_id = ms.account_id`;

type RankedRow = { source: 'post' | 'member'; id: string; rank: number; fresh: Date | string };
/** Ranked rows, best first, and — on the first page — the hits to show for them. */
type Ranked<Hit> = { rows: RankedRow[]; hits: Map<string, Hit> };
type Mode = Exclude<SearchMode, 'none'>;

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

/** What a post hit shows, read from `posts p` joined to `q` (the query). */
function postColumns(mode: SearchMode) {
	const similar = mode === 'similar';
	return sql`p.id, p.kind, p.format, p.place_kind, p.place, p.created_at, t.name as theme, a.name as author,
		${similar ? sql`p.title` : sql`ts_headline('french_unaccent', translate(p.title, ${MARKERS}, ''), q.shown, ${TITLE_HEADLINE})`} as title,
		${similar ? sql`left(p.description, 240)` : sql`ts_headline('french_unaccent', translate(p.description, ${MARKERS}, ''), q.shown, ${EXCERPT_HEADLINE})`} as excerpt`;
}
const POST_JOINS = sql`join themes t on t.id = p.theme_id join accounts a on a.id = p.author_account_id`;

function postHit(r: PostRow, mode: SearchMode, terms: SearchTerms): PostHit {
	const parts = (text: string) => (mode === 'similar' ? highlightSimilar(text, terms.words) : splitMarked(text));
	return {
		type: 'post',
		id: r.id,
		kind: r.kind,
		title: parts(r.title),
		excerpt: parts(r.excerpt),
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
async function rankedPosts(mode: Mode, terms: SearchTerms, scope: Scope, limit: number, details: boolean) {
	const match = matcher(mode, terms);
	const ranking = sql`select 'post' as source, p.id, ${match.post.rank} as rank, p.created_at as fresh
		from posts p, q
		where ${match.post.where} and ${postConditions(scope)}
		order by rank desc, fresh desc, p.id limit ${limit}`;
	if (!details) {
		const rows = await sqlRows<RankedRow>(db(), sql`${tsQueryCte(mode, terms)} ${ranking}`);
		return { rows, hits: new Map() } satisfies Ranked<PostHit>;
	}
	const rows = await sqlRows<RankedRow & PostRow>(
		db(),
		sql`${tsQueryCte(mode, terms)}, ranked as (${ranking})
		select r.source, r.rank, r.fresh, ${postColumns(mode)}
		from ranked r join posts p on p.id = r.id ${POST_JOINS}, q
		order by r.rank desc, r.fresh desc, r.id`
	);
	return {
		rows: rows.map(({ source, id, rank, fresh }) => ({ source, id, rank, fresh })),
		hits: new Map(rows.map((r) => [r.id, postHit(r, mode, terms)]))
	} satisfies Ranked<PostHit>;
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

/** A matching skill's name, highlighted (from `skills s` and the query `q`). */
function skillName(mode: SearchMode) {
	return mode === 'similar' ? sql`s.name` : sql`ts_headline('french_unaccent', s.name, q.shown, ${TITLE_HEADLINE})`;
}

/** Groups skill rows (best skill first) into member hits, in the order met. */
function memberHits(rows: MemberSkillRow[], mode: SearchMode, terms: SearchTerms): Map<string, MemberHit> {
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
			name: mode === 'similar' ? highlightSimilar(r.skill, terms.words) : splitMarked(r.skill),
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
async function rankedMembers(mode: Mode, terms: SearchTerms, scope: Scope, limit: number, details: boolean) {
	const ctes = sql`${tsQueryCte(mode, terms)}${matchedSkillsCte(mode, terms, scope, details)}`;
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
		hits: memberHits(skillRows, mode, terms)
	} satisfies Ranked<MemberHit>;
}

const byRank = (a: RankedRow, b: RankedRow) =>
	b.rank - a.rank ||
	new Date(b.fresh).getTime() - new Date(a.fresh).getTime() ||
	(a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One page of ranked hits, one more than asked to know whether a next page exists. Posts and members are
 * ranked by two queries that PostgreSQL runs at the same time on two connections, then merged. The first page
 * (nearly every search) comes with what its hits show; later ones only with ids.
 */
async function rankedPage(mode: Mode, terms: SearchTerms, scope: Scope, offset: number) {
	const limit = offset + PAGE_SIZE + 1;
	const details = offset === 0;
	const [posts, members] = await Promise.all([
		rankedPosts(mode, terms, scope, limit, details),
		rankedMembers(mode, terms, scope, limit, details)
	]);
	const rows = [...posts.rows, ...members.rows].sort(byRank).slice(offset, limit);
	return { rows, posts: posts.hits, members: members.hits };
}

async function anyMatch(mode: Mode, terms: SearchTerms, scope: Scope): Promise<boolean> {
	const [posts, members] = await Promise.all([
		rankedPosts(mode, terms, scope, 1, false),
		rankedMembers(mode, terms, scope, 1, false)
	]);
	return posts.rows.length + members.rows.length > 0;
}

/** The hits of posts ranked without details (pages after the first). */
async function postDetails(ids: string[], mode: SearchMode, terms: SearchTerms): Promise<Map<string, PostHit>> {
	if (ids.length === 0) return new Map();
	const rows = await sqlRows<PostRow>(
		db(),
		sql`${tsQueryCte(mode, terms)}
		select ${postColumns(mode)}
		from posts p ${POST_JOINS}, q
		where p.id in (${sql.join(
			ids.map((id) => sql`${id}`),
			sql`, `
		)})`
	);
	return new Map(rows.map((r) => [r.id, postHit(r, mode, terms)]));
}

/** The hits of members ranked without details (pages after the first). */
async function memberDetails(ids: string[], mode: Mode, terms: SearchTerms, scope: Scope) {
	if (ids.length === 0) return new Map<string, MemberHit>();
	const rows = await sqlRows<MemberSkillRow>(
		db(),
		sql`${tsQueryCte(mode, terms)}${matchedSkillsCte(mode, terms, scope, true)}
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
	return memberHits(rows, mode, terms);
}

/** Searches the network's open posts and its members' skills. Members only. */
export async function search(options: {
	actor: Actor | null;
	networkId: string;
	query: string;
	filters?: SearchFilters;
	page?: number;
}): Promise<SearchResult> {
	requireMember(options.actor, options.networkId);
	const filters = checkFilters(options.filters ?? {});
	const terms = parseQuery(options.query ?? '');
	if (!terms) return { status: 'empty' };
	const page = Math.min(Math.max(1, Math.trunc(Number(options.page) || 1)), MAX_PAGE);
	const offset = (page - 1) * PAGE_SIZE;
	const scope: Scope = { networkId: options.networkId, filters, at: now().toISOString() };

	// From strict to loose; a mode is kept as soon as it matches anything, so every page uses the same mode.
	// Typos are looked for in real words only: « de » is similar to every title that contains it.
	const modes: Mode[] = ['all'];
	if (terms.words.length > 1) modes.push('any');
	if (terms.words.some((w) => w.length >= 4)) modes.push('similar');
	for (const mode of modes) {
		const ranked = await rankedPage(mode, terms, scope, offset);
		const { rows } = ranked;
		if (rows.length === 0 && (offset === 0 || !(await anyMatch(mode, terms, scope)))) continue;
		const shown = rows.slice(0, PAGE_SIZE);
		let { posts, members } = ranked;
		if (offset > 0) {
			const postIds = shown.filter((r) => r.source === 'post').map((r) => r.id);
			const memberIds = shown.filter((r) => r.source === 'member').map((r) => r.id);
			[posts, members] = await Promise.all([
				postDetails(postIds, mode, terms),
				memberDetails(memberIds, mode, terms, scope)
			]);
		}
		const hits = shown
			.map((r) => (r.source === 'post' ? posts.get(r.id) : members.get(r.id)))
			.filter((hit): hit is SearchHit => hit !== undefined);
		return { status: 'done', mode, hits, page, hasNext: rows.length > PAGE_SIZE };
	}
	return { status: 'done', mode: 'none', hits: [], page, hasNext: false };
}
