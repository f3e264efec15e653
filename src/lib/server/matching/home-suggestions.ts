// The home page's three suggestions, kept a short while per member (issue 13): ranking them costs tens of
// milliseconds of database time (matchPost for the latest request most of all), and a member going back to
// the home page a few times a minute would rank the same neighbours again each time. Each part is kept
// SUGGESTIONS_FRESH_MS at most, and only while what the member changed themself is the same: one cheap query
// reads a stamp of it on every view (their latest live request, profile, shared skills, answers; for the
// requests part also the network's newest request). So the member's own edits show at once, in every app
// process; other members' changes (a new learner, a neighbour's new skill) show within SUGGESTIONS_FRESH_MS.
import { sql } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { BoundedCache } from './bounded-cache.ts';
import type { Match } from './match-post.ts';
import {
	helpersForLatestRequest,
	learnersOfMember,
	requestsForMember,
	type RequestSuggestion
} from './suggest-for-member.ts';

/** How long a member's suggestions are reused at most (decision 016, « Kept a minute »). */
export const SUGGESTIONS_FRESH_MS = 60_000;
/** Members whose suggestions are kept at once in a process (three parts, ~6 KB a member: 12 MB at most). */
export const SUGGESTIONS_KEPT = 2_000;

type Helpers = Awaited<ReturnType<typeof helpersForLatestRequest>>;
const helpersCache = new BoundedCache<Helpers>({ max: SUGGESTIONS_KEPT, ttlMs: SUGGESTIONS_FRESH_MS });
const learnersCache = new BoundedCache<Match[]>({ max: SUGGESTIONS_KEPT, ttlMs: SUGGESTIONS_FRESH_MS });
const requestsCache = new BoundedCache<RequestSuggestion[]>({ max: SUGGESTIONS_KEPT, ttlMs: SUGGESTIONS_FRESH_MS });

type Stamp = {
	latest_request: string | null;
	profile: string | null;
	skills: string | null;
	newest_request: string | null;
	answered: string;
};

/** What the suggestions depend on that a member's own act changes, read in one indexed round trip. */
async function readStamp(accountId: string, networkId: string): Promise<Stamp> {
	const at = now().toISOString();
	const [row] = await sqlRows<Stamp>(
		db(),
		sql`select
			(select p.id::text || '@' || p.updated_at::text from posts p
				where p.network_id = ${networkId} and p.author_account_id = ${accountId} and p.kind = 'request'
					and p.status = 'open' and p.expires_at > ${at}::timestamptz
				order by p.created_at desc limit 1) as latest_request,
			(select md5(pr.neighbourhood || '|' || array_to_string(pr.languages, ',') || '|'
					|| array_to_string(pr.availability, ','))
				from profiles pr where pr.network_id = ${networkId} and pr.account_id = ${accountId}) as profile,
			(select string_agg(ms.skill_id::text, ',' order by ms.skill_id) from member_skills ms
				where ms.network_id = ${networkId} and ms.account_id = ${accountId} and ms.direction = 'share') as skills,
			(select max(p.created_at)::text from posts p
				where p.network_id = ${networkId} and p.status = 'open' and p.kind = 'request') as newest_request,
			(select count(*)::text from introduction_people ip
				where ip.account_id = ${accountId} and ip.network_id = ${networkId}) as answered`
	);
	return row;
}

/** The helpers for the latest live request, the learners of the member's skills, the requests they could answer. */
export async function homeSuggestions(options: { actor: Actor | null; networkId: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const { networkId } = options;
	const member = `${networkId}:${actor.accountId}`;
	const stamp = await readStamp(actor.accountId, networkId);
	const part = (...values: (string | null)[]) => values.map((v) => v ?? '').join('|');
	const [helpers, learners, requests] = await Promise.all([
		helpersCache.get(member, part(stamp.latest_request, stamp.profile), () =>
			helpersForLatestRequest({ actor, networkId })
		),
		learnersCache.get(member, part(stamp.skills, stamp.profile), () => learnersOfMember({ actor, networkId })),
		requestsCache.get(member, part(stamp.skills, stamp.newest_request, stamp.answered), () =>
			requestsForMember({ actor, networkId })
		)
	]);
	return { helpers, learners, requests };
}

/** Tests only: forget every kept suggestion. */
export function forgetHomeSuggestions(): void {
	for (const cache of [helpersCache, learnersCache, requestsCache]) cache.clear();
}
