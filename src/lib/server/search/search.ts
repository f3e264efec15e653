// One search box across the network's open posts and its members' skills (decision 014).
// Matching goes from strict to loose: every word (French full text, accents ignored, word forms stemmed), then
// any word, then the same two with misspelt words corrected by trigram similarity against the network's words
// (« jardinnage » → « jardinage », spelling.ts). The first step that finds something gives the results, ranked
// by relevance then freshness.
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { isUuid } from '../db/ids.ts';
import { POST_FORMATS, POST_KINDS } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Part } from './highlight.ts';
import { parseQuery, type SearchTerms } from './query.ts';
import { memberDetails, postDetails, rankedMembers, rankedPosts } from './search-ranking.ts';
import { correctSpelling, MIN_CORRECTED_LENGTH } from './spelling.ts';
import type { Mode, RankedRow, Scope } from './search-sql.ts';

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
	| { status: 'empty' }
	| {
			status: 'done';
			mode: SearchMode;
			/** With mode 'similar': the words searched instead of those typed (« jardinage »). */
			corrected?: string;
			hits: SearchHit[];
			page: number;
			hasNext: boolean;
	  };

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

function checkFilters(filters: SearchFilters): SearchFilters {
	const { kind, themeId, format, neighbourhood } = filters;
	if (kind !== undefined && !POST_KINDS.includes(kind)) throw new AppError('invalid_input', 'type');
	if (themeId !== undefined && !isUuid(themeId)) throw new AppError('invalid_input', 'theme');
	if (format !== undefined && !POST_FORMATS.includes(format)) throw new AppError('invalid_input', 'format');
	// PostgreSQL refuses NUL in a parameter: strip control characters.
	const place = neighbourhood?.replace(CONTROL, '').trim().slice(0, 80);
	return { kind, themeId, format, neighbourhood: place || undefined };
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

/** One step's page of hits, or null when the step matches nothing at all. */
async function runStep(mode: Mode, terms: SearchTerms, scope: Scope, page: number) {
	const offset = (page - 1) * PAGE_SIZE;
	const ranked = await rankedPage(mode, terms, scope, offset);
	const { rows } = ranked;
	if (rows.length === 0 && (offset === 0 || !(await anyMatch(mode, terms, scope)))) return null;
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
	return { hits, page, hasNext: rows.length > PAGE_SIZE };
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
	const scope: Scope = { networkId: options.networkId, filters, at: now().toISOString() };

	// From strict to loose; a step is kept as soon as it matches anything, so every page uses the same step.
	const steps = (words: SearchTerms): { mode: Mode; terms: SearchTerms }[] =>
		words.words.length > 1
			? [
					{ mode: 'all', terms: words },
					{ mode: 'any', terms: words }
				]
			: [{ mode: 'all', terms: words }];
	for (const step of steps(terms)) {
		const found = await runStep(step.mode, step.terms, scope, page);
		if (found) return { status: 'done', mode: step.mode, ...found };
	}
	// Typos are looked for in real words only: « de » is close to too many words.
	const corrected = terms.words.some((w) => w.length >= MIN_CORRECTED_LENGTH)
		? await correctSpelling(options.networkId, terms)
		: null;
	for (const step of corrected ? steps(corrected) : []) {
		const found = await runStep(step.mode, step.terms, scope, page);
		if (found) return { status: 'done', mode: 'similar', corrected: corrected!.words.join(' '), ...found };
	}
	return { status: 'done', mode: 'none', hits: [], page, hasNext: false };
}
