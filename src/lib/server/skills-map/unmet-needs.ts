// « Besoins sans réponse » (decision 034): what the network lacks, computed from the data each time — requests
// nobody answered (the follow-up list, decision 017), skills wished by several active members that nobody active
// shares or offers, and occurrences whose waiting list stays long — each with who could be invited (a member who
// offered it before) and what coordinators did about it, with dates.
import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, sqlRows } from '../db/client.ts';
import { listUnansweredRequests } from '../introductions/list-unanswered.ts';
import { ofActiveMember } from '../networks/active-members.ts';
import { LONG_WAITING_LIST, WISHED_BY_AT_LEAST } from '../../validation/skills-map.ts';
import type { NeedAction } from '../../unmet-need-options.ts';
import { actionsOn } from './need-actions.ts';

/** Needs listed per family at most (the oldest requests, the most wished skills, the longest lists). */
const PER_FAMILY = 100;
/** Members suggested to invite, per need. */
const INVITES = 3;
/** A skill's oldest tagged posts read to find past offers: a bounded walk of its index. */
const OLDEST_TAGGED = 40;

export type Person = { id: string; name: string };
export type DoneAction = { id: string; kind: NeedAction; note: string; by: string | null; at: Date };
type Need = { key: string; invite: Person[]; done: DoneAction[] };

export type UnmetNeeds = {
	requests: (Need & { postId: string; title: string; author: Person; createdAt: Date })[];
	skills: (Need & { skillId: string; name: string; theme: string; themeId: string; learners: number })[];
	occurrences: (Need & {
		occurrenceId: string;
		eventId: string;
		title: string;
		startsAt: Date;
		waiting: number;
		past: boolean;
	})[];
};

/**
 * Active members whose offers tagged with these skills are no longer live (« who offered it long ago »), for each
 * need by its skills. Only each skill's OLDEST_TAGGED oldest tagged posts are read (from
 * `post_skills_skill_newest_idx`): those are the ones no longer live, and a common skill's thousand posts are not
 * all looked up (reading them all took 300–800 ms on the city, docs/performance.md).
 */
async function pastOfferers(networkId: string, at: Date, bySubject: Map<string, string[]>) {
	const skillIds = [...new Set([...bySubject.values()].flat())];
	const out = new Map<string, Person[]>();
	if (skillIds.length === 0) return out;
	const rows = await sqlRows<{ skill_id: string; id: string; name: string }>(
		db(),
		sql`select k.skill_id, a.id, a.name
			from unnest(${`{${skillIds.join(',')}}`}::uuid[]) as k(skill_id)
			cross join lateral (
				select os.post_id from post_skills os where os.skill_id = k.skill_id
				order by os.post_created_at limit ${OLDEST_TAGGED}) c
			join posts o on o.id = c.post_id
			join accounts a on a.id = o.author_account_id
			where o.network_id = ${networkId} and o.kind = 'offer'
				and (o.status <> 'open' or o.expires_at <= ${at.toISOString()}::timestamptz)
				and exists (select from memberships am where am.network_id = o.network_id
					and am.account_id = o.author_account_id and am.status = 'active')
			order by k.skill_id, o.created_at`
	);
	const bySkill = new Map<string, Person[]>();
	for (const row of rows)
		bySkill.set(row.skill_id, [...(bySkill.get(row.skill_id) ?? []), { id: row.id, name: row.name }]);
	for (const [subject, ids] of bySubject) {
		const people = new Map<string, Person>();
		for (const person of ids.flatMap((id) => bySkill.get(id) ?? [])) people.set(person.id, person);
		out.set(subject, [...people.values()]);
	}
	return out;
}

async function wishedSkills(networkId: string, at: Date) {
	// A member's wish is one row (the primary key): the learners are counted per skill first, then only the few
	// skills wished often enough are checked for a sharer or a live offer.
	return sqlRows<{ skill_id: string; name: string; theme: string; theme_id: string; learners: number }>(
		db(),
		sql`with wished as (
				select ms.skill_id, count(*)::int as learners from member_skills ms
				where ms.network_id = ${networkId} and ms.direction = 'learn' and ${ofActiveMember('ms')}
				group by ms.skill_id having count(*) >= ${WISHED_BY_AT_LEAST})
			select s.id as skill_id, s.name, t.name as theme, t.id as theme_id, w.learners
			from wished w join skills s on s.id = w.skill_id join themes t on t.id = s.theme_id
			where not exists (select from member_skills sh where sh.skill_id = w.skill_id and sh.direction = 'share'
					and ${ofActiveMember('sh')})
				and not exists (select from post_skills ps join posts p on p.id = ps.post_id
					where ps.skill_id = w.skill_id and p.kind = 'offer' and p.status = 'open'
						and p.expires_at > ${at.toISOString()}::timestamptz)
			order by w.learners desc, s.name_key
			limit ${PER_FAMILY}`
	);
}

async function longWaitingLists(networkId: string, at: Date) {
	return sqlRows<{
		occurrence_id: string;
		event_id: string;
		title: string;
		starts_at: Date | string;
		waiting: number;
		past: boolean;
	}>(
		db(),
		sql`select o.id as occurrence_id, o.event_id, e.title, o.starts_at,
				count(*) filter (where r.status = 'waitlisted')::int as waiting,
				o.starts_at <= ${at.toISOString()}::timestamptz as past
			from event_occurrences o join events e on e.id = o.event_id
				join event_registrations r on r.occurrence_id = o.id
			where o.network_id = ${networkId} and o.cancelled_at is null
			group by o.id, o.event_id, e.title, o.starts_at, e.capacity
			having count(*) filter (where r.status = 'waitlisted') >= ${LONG_WAITING_LIST}
				and (o.starts_at <= ${at.toISOString()}::timestamptz
					or count(*) filter (where r.status in ('registered', 'offered')) >= e.capacity)
			order by waiting desc, o.starts_at desc, o.id
			limit ${PER_FAMILY}`
	);
}

async function requestSkills(postIds: string[]) {
	if (postIds.length === 0) return new Map<string, string[]>();
	const rows = await sqlRows<{ post_id: string; skill_id: string }>(
		db(),
		sql`select post_id, skill_id from post_skills where post_id = any(${`{${postIds.join(',')}}`}::uuid[])`
	);
	const out = new Map<string, string[]>();
	for (const row of rows)
		out.set(`request:${row.post_id}`, [...(out.get(`request:${row.post_id}`) ?? []), row.skill_id]);
	return out;
}

export async function listUnmetNeeds(options: { actor: Actor | null; networkId: string }): Promise<UnmetNeeds> {
	requireCoordinator(options.actor, options.networkId);
	const { networkId } = options;
	const at = now();
	const [requests, skills, occurrences] = await Promise.all([
		listUnansweredRequests(options).then((list) => list.slice(0, PER_FAMILY)),
		wishedSkills(networkId, at),
		longWaitingLists(networkId, at)
	]);
	const subjects = await requestSkills(requests.map((r) => r.id));
	for (const s of skills) subjects.set(`skill:${s.skill_id}`, [s.skill_id]);
	const keys = [
		...requests.map((r) => `request:${r.id}`),
		...skills.map((s) => `skill:${s.skill_id}`),
		...occurrences.map((o) => `occurrence:${o.occurrence_id}`)
	];
	const [invites, done] = await Promise.all([pastOfferers(networkId, at, subjects), actionsOn(networkId, keys)]);
	const need = (key: string, exclude?: string) => ({
		key,
		invite: (invites.get(key) ?? []).filter((p) => p.id !== exclude).slice(0, INVITES),
		done: done.get(key) ?? []
	});
	return {
		requests: requests.map((r) => ({
			...need(`request:${r.id}`, r.authorId),
			postId: r.id,
			title: r.title,
			author: { id: r.authorId, name: r.author },
			createdAt: r.createdAt
		})),
		skills: skills.map((s) => ({
			...need(`skill:${s.skill_id}`),
			skillId: s.skill_id,
			name: s.name,
			theme: s.theme,
			themeId: s.theme_id,
			learners: s.learners
		})),
		occurrences: occurrences.map((o) => ({
			...need(`occurrence:${o.occurrence_id}`),
			occurrenceId: o.occurrence_id,
			eventId: o.event_id,
			title: o.title,
			startsAt: new Date(o.starts_at),
			waiting: o.waiting,
			past: o.past
		}))
	};
}
