// The home page's suggestions: « Des voisins qui peuvent vous aider » (for the member's latest live request) and
// « Des voisins qui aimeraient apprendre de vous » (members who want to learn what the member shares).
import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { ofActiveMember } from '../networks/active-members.ts';
import { MATCH_WEIGHTS, matchPost, type Match } from './match-post.ts';

export const HOME_SUGGESTIONS = 5;

/** The helpers for the member's latest live request (with its title), or null when they have none. */
export async function helpersForLatestRequest(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const [latest] = await sqlRows<{ id: string; title: string }>(
		db(),
		sql`select id, title from posts
			where network_id = ${options.networkId} and author_account_id = ${actor.accountId}
				and kind = 'request' and status = 'open' and expires_at > ${now().toISOString()}::timestamptz
			order by created_at desc limit 1`
	);
	if (!latest) return null;
	const matches = await matchPost({ actor, networkId: options.networkId, postId: latest.id, limit: HOME_SUGGESTIONS });
	return { post: latest, matches };
}

/**
 * Active members who want to learn a skill the member shares, best first: the number of such skills, then
 * the same criteria as matchPost (times, neighbourhood, language) against the member's own profile.
 */
export async function learnersOfMember(options: { actor: Actor | null; networkId: string }): Promise<Match[]> {
	const actor = requireMember(options.actor, options.networkId);
	const w = MATCH_WEIGHTS;
	const weight = (n: number) => sql.raw(String(n));
	const rows = await sqlRows<{
		account_id: string;
		name: string;
		neighbourhood: string;
		skills: string[];
		available: boolean;
		nearby: boolean;
		shared_language: boolean;
		score: number;
	}>(
		db(),
		sql`with me as (
			select coalesce(pr.availability, '{}') as slots, coalesce(pr.neighbourhood, '') as place,
				name_key(coalesce(pr.neighbourhood, '')) as place_key,
				coalesce(pr.languages, '{}') as languages
			from (select 1) one
			left join profiles pr on pr.network_id = ${options.networkId} and pr.account_id = ${actor.accountId}
		),
		learners as (
			select ms.account_id, array_agg(s.name order by s.name) as skills, count(*) as n
			from member_skills mine
			join member_skills ms on ms.skill_id = mine.skill_id and ms.direction = 'learn'
				and ms.network_id = mine.network_id and ms.account_id <> mine.account_id
			join skills s on s.id = ms.skill_id
			where mine.network_id = ${options.networkId} and mine.account_id = ${actor.accountId} and mine.direction = 'share'
				and ${ofActiveMember('ms')}
			group by ms.account_id
		),
		scored as (
			select l.account_id, l.n, coalesce(pr.neighbourhood, '') as neighbourhood, l.skills,
				coalesce(pr.availability && me.slots, false) as available,
				(me.place <> '' and coalesce(name_key(pr.neighbourhood) = me.place_key, false)) as nearby,
				coalesce(pr.languages && me.languages, false) as shared_language
			from learners l
			cross join me
			-- Each learner's profile by key (\`limit 1\` keeps it a lookup), not a hash of the whole network's.
			left join lateral (select * from profiles pr where pr.network_id = ${options.networkId}
				and pr.account_id = l.account_id limit 1) pr on true
		),
		with_score as (
			select scored.*, ${weight(w.skill)} * n
				+ case when available then ${weight(w.availability)} else 0 end
				+ case when nearby then ${weight(w.neighbourhood)} else 0 end
				+ case when shared_language then ${weight(w.language)} else 0 end as score
			from scored
		),
		-- Names break ties only: read for those whose score can still make the list (issue 13), not every learner.
		contenders as (
			select * from with_score
			where score >= (select min(best.score) from (select score from with_score order by score desc
				limit ${HOME_SUGGESTIONS}) best)
		)
		select c.*, a.name
		from contenders c
		cross join lateral (select a.id, a.name from accounts a where a.id = c.account_id limit 1) a
		order by c.score desc, a.name, a.id
		limit ${HOME_SUGGESTIONS}`
	);
	return rows.map((r) => ({
		accountId: r.account_id,
		name: r.name,
		neighbourhood: r.neighbourhood,
		skills: r.skills,
		skillMatch: true,
		available: r.available,
		nearby: r.nearby,
		sharedLanguage: r.shared_language,
		score: Number(r.score)
	}));
}

export type RequestSuggestion = { id: string; title: string; authorName: string; about: string[]; skillMatch: boolean };

/**
 * « Des demandes où vous pourriez aider »: other members' live requests that ask for a skill the member shares
 * (first), or that are filed under the theme of one (then), newest first, leaving out those the member already
 * answered or was introduced to. `about` names the matching skills, or the theme.
 *
 * Bounded (issue 13): each skill gives only its newest HOME_SUGGESTIONS requests that qualify, walked newest
 * first from post_skills_skill_newest_idx, and each theme its newest HOME_SUGGESTIONS theme-only requests from
 * posts_live_theme_idx; the best HOME_SUGGESTIONS of all of them are the same as those of every request of the
 * member's skills and themes, because the order is the same (skill before theme, then newest, then id).
 */
export async function requestsForMember(options: {
	actor: Actor | null;
	networkId: string;
}): Promise<RequestSuggestion[]> {
	const actor = requireMember(options.actor, options.networkId);
	const at = sql`${now().toISOString()}::timestamptz`;
	// A request the member could answer: live, someone else's, not one they already answered or were introduced to.
	const answerable = sql`p.network_id = ${options.networkId} and p.kind = 'request' and p.status = 'open'
		and p.expires_at > ${at} and p.author_account_id <> ${actor.accountId}
		and not exists (select 1 from introduction_people ip join introductions i on i.id = ip.introduction_id
			where i.post_id = p.id and ip.account_id = ${actor.accountId})`;
	const rows = await sqlRows<{ id: string; title: string; author_name: string; about: string[]; skill_match: boolean }>(
		db(),
		sql`with mine as materialized (
			select ms.skill_id, s.theme_id from member_skills ms join skills s on s.id = ms.skill_id
			where ms.network_id = ${options.networkId} and ms.account_id = ${actor.accountId} and ms.direction = 'share'
		),
		candidates as (
			select newest.id, newest.created_at, true as skill_match from mine cross join lateral (
				select p.id, p.created_at from post_skills ps join posts p on p.id = ps.post_id
				where ps.skill_id = mine.skill_id and ${answerable}
				order by ps.post_created_at desc nulls last, ps.post_id
				limit ${HOME_SUGGESTIONS}
			) newest
			union
			select newest.id, newest.created_at, false from (select distinct theme_id from mine) t cross join lateral (
				select p.id, p.created_at from posts p
				where p.theme_id = t.theme_id and ${answerable}
					and not exists (select 1 from post_skills ps where ps.post_id = p.id
						and ps.skill_id in (select skill_id from mine))
				order by p.created_at desc, p.id
				limit ${HOME_SUGGESTIONS}
			) newest
		),
		ranked as (
			select c.id, c.created_at, c.skill_match from candidates c
			order by c.skill_match desc, c.created_at desc, c.id
			limit ${HOME_SUGGESTIONS}
		)
		select r.id, p.title, a.name as author_name, r.skill_match,
			case when r.skill_match then
				(select array_agg(s.name order by s.name) from post_skills ps join skills s on s.id = ps.skill_id
					where ps.post_id = r.id and ps.skill_id in (select skill_id from mine))
			else array[th.name] end as about
		from ranked r
		join posts p on p.id = r.id
		join accounts a on a.id = p.author_account_id
		join themes th on th.id = p.theme_id
		order by r.skill_match desc, r.created_at desc, r.id`
	);
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		authorName: r.author_name,
		about: r.about,
		skillMatch: r.skill_match
	}));
}
