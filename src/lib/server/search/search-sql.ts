// The SQL pieces of a search (decision 014): how posts and skills match in each mode, the query as a tsquery,
// and the conditions of the scope (network, filters, live posts, active members).
import { sql, type SQL } from 'drizzle-orm';
import { ofActiveMember } from '../networks/active-members.ts';
import { START, STOP } from './highlight.ts';
import { tsQueryForms, toTsQuery, type SearchTerms } from './query.ts';
import type { SearchFilters } from './search.ts';

export const TITLE_HEADLINE = `StartSel=${START}, StopSel=${STOP}, HighlightAll=true`;
export const EXCERPT_HEADLINE = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;

/**
 * How many of the newest posts matching by their words are ranked (decision 014, « Bounded ranking »): the index
 * still finds every match, but only these are scored, the same ones for every page (pages stay consistent).
 */
export const RANKED_POSTS = 500;

/** ts_rank's weights for posts (D, C, B, A): the title (A) counts more than the description (B). */
const POST_WEIGHTS = sql.raw(`'{0.1, 0.2, 0.4, 1.0}'`);

/** How a post or a skill matches in each mode, and its relevance. `q.tsq` is the query, computed once. */
export function matcher() {
	return {
		// Title (weight A) counts more than description (B); a skill's name counts like a title.
		post: { where: sql`p.search @@ q.tsq`, rank: sql`ts_rank(${POST_WEIGHTS}, p.search, q.tsq)` },
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
export function tsQueryCte(mode: Mode, terms: SearchTerms): SQL {
	// MATERIALIZED: the query is parsed once, not once per row (prepared statements can get generic plans).
	return sql`with q as materialized (select ${tsQuery(mode, terms)} as tsq,
		to_tsquery('french_unaccent', ${toTsQuery(terms, mode)}) as shown)`;
}

export type Scope = { networkId: string; filters: SearchFilters; at: string };

export function postConditions({ networkId, filters, at }: Scope): SQL {
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
export function memberSkillConditions({ networkId, filters }: Scope): SQL {
	const conditions = [sql`ms.network_id = ${networkId}`, ofActiveMember('ms')];
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
export function matchedSkillsCte(scope: Scope, labels: boolean): SQL {
	const match = matcher().skill;
	return sql`, sk as materialized (
		select s.id, s.theme_id, s.name, ${match.rank} as rank${labels ? sql`, ts_headline('french_unaccent', s.name, q.shown, ${TITLE_HEADLINE}) as label` : sql``}
		from skills s, q
		where s.network_id = ${scope.networkId} and ${match.where})`;
}

/**
 * What a post search needs before ranking: the network's themes (`pt`) and skills (`pk`) whose name matches, each
 * with the relevance it gives the posts filed under it — like a word of their description, so a post that says
 * the word in its title comes first — and `pw`, the `limit` best posts by their own words (their theme, when it
 * matches too, adds to the rank), among the RANKED_POSTS newest that match: a common word matches thousands of
 * posts in a large network, and ranking them all made a search grow with the network (issue 13). So « couture » finds the posts of the « Couture » theme and those tagged with the
 * skill « Couture » even when their text never says the word (decision 014, « Themes and skills find their posts »).
 */
export function postMatchesCte(scope: Scope, limit: number): SQL {
	const match = matcher().post;
	return sql`, pt as materialized (
		select t.id, ts_rank(${POST_WEIGHTS}, setweight(to_tsvector('french_unaccent', t.name), 'B'), q.tsq) as rank
		from themes t, q
		where t.network_id = ${scope.networkId} and to_tsvector('french_unaccent', t.name) @@ q.tsq),
	pk as materialized (
		select s.id, ts_rank(${POST_WEIGHTS}, setweight(s.search, 'B'), q.tsq) as rank
		from skills s, q
		where s.network_id = ${scope.networkId} and s.search @@ q.tsq),
	pw as materialized (
		select p.id, ${match.rank} + coalesce(pt.rank, 0) as rank, p.created_at as fresh
		from (select p.id, p.search, p.theme_id, p.created_at from posts p cross join q
			where ${match.where} and ${postConditions(scope)}
			order by p.created_at desc, p.id limit ${RANKED_POSTS}) p
		cross join q left join pt on pt.id = p.theme_id
		order by rank desc, fresh desc, p.id limit ${limit})`;
}

/**
 * The posts that match, best first, at most `limit`, after `postMatchesCte`: by their own words (`pw`), or by a
 * matching theme or skill, whichever ranks them higher. Each way gives its own `limit` best, and only those can
 * make the final `limit`. The posts found through one theme or one skill all rank alike, so only the `limit`
 * freshest of each are needed: read by the theme's index for a theme; for a skill, from its newest tagged posts
 * (post_skills_skill_newest_idx, newest first, issue 13) — and not at all when `limit` posts already rank higher
 * by their words (a common word in a large network).
 */
export function postRanking(scope: Scope, limit: number): SQL {
	const conditions = postConditions(scope);
	return sql`select 'post' as source, f.id, max(f.rank) as rank, f.fresh
		from (
			select pw.id, pw.rank, pw.fresh from pw
			union all
			select x.id, pt.rank, x.fresh from pt cross join lateral (
				select p.id, p.created_at as fresh from posts p
				where p.theme_id = pt.id and ${conditions}
				order by p.created_at desc, p.id limit ${limit}) x
			union all
			select x.id, pk.rank, x.fresh from pk cross join lateral (
				select p.id, p.created_at as fresh from post_skills ps join posts p on p.id = ps.post_id
				where ps.skill_id = pk.id and ${conditions}
				order by ps.post_created_at desc nulls last, ps.post_id limit ${limit}) x
			where not (select count(*) = ${limit} and min(pw.rank) > pk.rank from pw)
		) f
		group by f.id, f.fresh
		order by rank desc, f.fresh desc, f.id limit ${limit}`;
}

/** Member skills with their matching skill (`s`, from `sk`) and profile. */
export const MEMBER_SKILLS_FROM = sql`member_skills ms
	join sk s on s.id = ms.skill_id
	left join profiles pr on pr.network_id = ms.network_id and pr.account_id = ms.account_id`;

export type RankedRow = { source: 'post' | 'member'; id: string; rank: number; fresh: Date | string };
/** Ranked rows, best first, and — on the first page — the hits to show for them. */
export type Ranked<Hit> = { rows: RankedRow[]; hits: Map<string, Hit> };
/** How words are combined in one step of a search: every word, or any of them. */
export type Mode = 'all' | 'any';
