// « Des voisins qui peuvent vous aider »: for a request, the active members who share its skills (or, failing
// that, skills of its theme); for an offer, those who want to learn them. Ranked by how well they fit: the skill
// itself before the theme, then being free at the same times, living nearby, speaking a language in common;
// at the same score, those who helped least recently first, so the same few are not always asked.
import { sql } from 'drizzle-orm';
import { PARIS } from '../../paris-time.ts';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { ofActiveMember } from '../networks/active-members.ts';
import { canManagePost, findPostInNetwork } from '../posts/post-access.ts';

export const MATCH_LIMIT = 10;

/** What each criterion weighs: a skill match always comes before a theme-only match (decision 016). */
export const MATCH_WEIGHTS = { skill: 100, theme: 40, availability: 10, neighbourhood: 8, language: 5 } as const;

export type Match = {
	accountId: string;
	name: string;
	neighbourhood: string;
	skills: string[];
	skillMatch: boolean;
	available: boolean;
	nearby: boolean;
	sharedLanguage: boolean;
	score: number;
};

/**
 * The ranked members for one open post of the network, never its author. Only the post's author and the network's
 * coordinators see them (decision 016): they are the ones who reach out; to anyone else, who fits a request is none
 * of their business. `not_found` for a post of another network.
 */
export async function matchPost(options: { actor: Actor | null; networkId: string; postId: string; limit?: number }) {
	const actor = requireMember(options.actor, options.networkId);
	const post = await findPostInNetwork(db(), options.networkId, options.postId);
	if (!post) throw new AppError('not_found');
	if (!canManagePost(actor, options.networkId, post)) throw new AppError('forbidden');
	return rankMatches(options.networkId, options.postId, options.limit ?? MATCH_LIMIT);
}

/** The ranking itself, without a reader: also used to tell the best matches about a new request. */
export async function rankMatches(networkId: string, postId: string, limit: number): Promise<Match[]> {
	// A skill match always outranks a theme-only one: when enough people share the skill itself, the rest of the
	// theme cannot make the list, so it is not looked at (a theme can hold thousands of member skills).
	const exact = await rankedMatches(networkId, postId, limit, false);
	return exact.length >= limit ? exact : rankedMatches(networkId, postId, limit, true);
}

async function rankedMatches(networkId: string, postId: string, limit: number, withTheme: boolean): Promise<Match[]> {
	const w = MATCH_WEIGHTS;
	const themeToo = withTheme ? sql`true` : sql`false`;
	const rows = await sqlRows<Match & { account_id: string; skill_match: boolean; shared_language: boolean }>(
		db(),
		sql`with post as (
			select p.id, p.network_id, p.theme_id, p.author_account_id,
				case p.kind when 'request' then 'share' else 'learn' end as direction,
				case when p.starts_at is not null then
					array[(array['sun','mon','tue','wed','thu','fri','sat'])[extract(dow from p.starts_at at time zone ${PARIS})::int + 1]
						|| '_' || case when extract(hour from p.starts_at at time zone ${PARIS}) < 12 then 'morning'
							when extract(hour from p.starts_at at time zone ${PARIS}) < 18 then 'afternoon' else 'evening' end]
				else coalesce(ap.availability, '{}') end as slots,
				case when p.place_kind = 'neighbourhood' and p.place <> '' then p.place else coalesce(ap.neighbourhood, '') end as place,
				-- Its key once here, not once per candidate (name_key is a regular expression).
				name_key(case when p.place_kind = 'neighbourhood' and p.place <> '' then p.place
					else coalesce(ap.neighbourhood, '') end) as place_key,
				coalesce(ap.languages, '{}') as languages
			from posts p
			left join profiles ap on ap.network_id = p.network_id and ap.account_id = p.author_account_id
			where p.id = ${postId} and p.network_id = ${networkId} and p.status = 'open'
		),
		-- The skills that count: the post's own (exact) and the others of its theme, each found by index.
		target as (
			select ps.skill_id, true as exact from post join post_skills ps on ps.post_id = post.id
			union all
			select s.id, false from post join skills s on s.network_id = post.network_id and s.theme_id = post.theme_id
			where ${themeToo} and not exists (select 1 from post_skills ps where ps.post_id = post.id and ps.skill_id = s.id)
		),
		candidates as (
			select ms.account_id,
				bool_or(target.exact) as skill_match,
				array_agg(s.name order by target.exact desc, s.name) as skills
			from post
			join target on true
			join member_skills ms on ms.skill_id = target.skill_id and ms.direction = post.direction
				and ms.network_id = post.network_id and ms.account_id <> post.author_account_id
			join skills s on s.id = ms.skill_id
			where ${ofActiveMember('ms')}
			group by ms.account_id
		),
		scored as (
			select c.account_id, c.skills, c.skill_match, coalesce(pr.neighbourhood, '') as neighbourhood,
				coalesce(pr.availability && post.slots, false) as available,
				(post.place <> '' and coalesce(name_key(pr.neighbourhood) = post.place_key, false)) as nearby,
				coalesce(pr.languages && post.languages, false) as shared_language
			from candidates c
			cross join post
			-- Each candidate's profile by its key (\`limit 1\` keeps it a lookup): a few hundred candidates of a
			-- common skill, and the planner would otherwise hash the whole network's profiles.
			left join lateral (select * from profiles pr where pr.network_id = post.network_id
				and pr.account_id = c.account_id limit 1) pr on true
		),
		with_score as (
			select scored.*,
				case when skill_match then ${sql.raw(String(w.skill))} else ${sql.raw(String(w.theme))} end
					+ case when available then ${sql.raw(String(w.availability))} else 0 end
					+ case when nearby then ${sql.raw(String(w.neighbourhood))} else 0 end
					+ case when shared_language then ${sql.raw(String(w.language))} else 0 end as score
			from scored
		),
		-- Only those who can still make the list (a score at least the limit-th best, ties included) get their name
		-- and last exchange read: the tie-breakers, looked up for a few instead of every candidate (issue 13).
		contenders as (
			select * from with_score
			where score >= (select min(best.score) from (select score from with_score order by score desc
				limit ${limit}) best)
		)
		select contenders.*, a.name,
			-- Fairness (decision 019): when the candidate last helped, i.e. shared in a confirmed exchange; one
			-- probe of exchanges_sharer_recent_idx per contender. Only for requests: the helpers are asked.
			case when post.direction = 'share' then (select max(e.occurred_on) from exchanges e
				where e.network_id = post.network_id and e.sharer_account_id = contenders.account_id
					and e.confirmed_at is not null) end as last_helped
		from contenders
		cross join post
		cross join lateral (select a.id, a.name from accounts a where a.id = contenders.account_id limit 1) a
		order by score desc, last_helped asc nulls first, a.name, a.id
		limit ${limit}`
	);
	return rows.map((r): Match => ({
		accountId: r.account_id,
		name: r.name,
		neighbourhood: r.neighbourhood,
		skills: r.skills,
		skillMatch: r.skill_match,
		available: r.available,
		nearby: r.nearby,
		sharedLanguage: r.shared_language,
		score: Number(r.score)
	}));
}
