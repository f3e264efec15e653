// The home page's suggestions: « Des voisins qui peuvent vous aider » (for the member's latest live request) and
// « Des voisins qui aimeraient apprendre de vous » (members who want to learn what the member shares).
import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
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
			join memberships mb on mb.network_id = ms.network_id and mb.account_id = ms.account_id and mb.status = 'active'
			where mine.network_id = ${options.networkId} and mine.account_id = ${actor.accountId} and mine.direction = 'share'
			group by ms.account_id
		)
		select l.account_id, a.name, coalesce(pr.neighbourhood, '') as neighbourhood, l.skills,
			coalesce(pr.availability && me.slots, false) as available,
			(me.place <> '' and coalesce(name_key(pr.neighbourhood) = name_key(me.place), false)) as nearby,
			coalesce(pr.languages && me.languages, false) as shared_language,
			${weight(w.skill)} * l.n
				+ case when coalesce(pr.availability && me.slots, false) then ${weight(w.availability)} else 0 end
				+ case when me.place <> '' and coalesce(name_key(pr.neighbourhood) = name_key(me.place), false)
					then ${weight(w.neighbourhood)} else 0 end
				+ case when coalesce(pr.languages && me.languages, false) then ${weight(w.language)} else 0 end as score
		from learners l
		cross join me
		join accounts a on a.id = l.account_id
		left join profiles pr on pr.network_id = ${options.networkId} and pr.account_id = l.account_id
		order by score desc, a.name, a.id
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
