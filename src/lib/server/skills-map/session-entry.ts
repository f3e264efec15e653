// Skills-identification sessions (decision 034): at an event of kind `skills_session`, a coordinator enters for each
// person present what they can share and wish to learn — one page per person, several skills in one form. Skills
// are found by name without duplicates (decision 015: `findOrCreateSkill`); a new name close to existing ones is
// first answered with them (`suggestSkills`), as on the profile. A person already listing a skill keeps it as is.
import { sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db, sqlRows } from '../db/client.ts';
import { memberSkills } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findEvent } from '../events/event-access.ts';
import { activeMemberOf } from '../profiles/find-member.ts';
import { findOrCreateSkill } from '../skills/choose-skill.ts';
import { openThemeOf } from '../skills/find-theme.ts';
import { suggestSkills } from '../skills/suggest-skills.ts';
import type { SessionLine } from '../../validation/skills-map.ts';

/** Skill names offered as suggestions (a `datalist`) on the entry page. */
const SUGGESTED_NAMES = 400;
/** A suggestion this close is the same name: no question asked (as addSkillOrSuggest). */
const SAME_NAME = 0.999;

/** The name as the database's `name_key()` compares it: no case, no accents, single spaces. */
const nameKey = (name: string) =>
	name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

type Scope = { actor: Actor | null; networkId: string; eventId: string };

/** The session: an event of this network, of the skills-session kind; coordinators only. */
async function sessionOf(options: Scope) {
	requireCoordinator(options.actor, options.networkId);
	const event = await findEvent(db(), options.networkId, options.eventId);
	if (event.kind !== 'skills_session') throw new AppError('not_a_skills_session');
	return event;
}

/**
 * Who took part: active members registered for one of its occurrences and not marked absent. Guests without an
 * account are not listed: once they join the network and register, they are.
 */
async function participantsOf(networkId: string, eventId: string, accountId?: string) {
	return sqlRows<{ id: string; name: string; present: boolean; shares: number; learns: number }>(
		db(),
		sql`select a.id, a.name, bool_or(r.attendance = 'present') as present,
				(select count(*)::int from member_skills ms where ms.network_id = ${networkId} and ms.account_id = a.id
					and ms.direction = 'share') as shares,
				(select count(*)::int from member_skills ms where ms.network_id = ${networkId} and ms.account_id = a.id
					and ms.direction = 'learn') as learns
			from event_occurrences o join event_registrations r on r.occurrence_id = o.id
				join memberships m on m.network_id = o.network_id and m.account_id = r.account_id and m.status = 'active'
				join accounts a on a.id = r.account_id
			where o.network_id = ${networkId} and o.event_id = ${eventId} and o.cancelled_at is null
				and r.status = 'registered' and r.attendance is distinct from 'absent'
				${accountId ? sql`and a.id = ${accountId}` : sql``}
			group by a.id, a.name
			order by a.name, a.id`
	);
}

export async function sessionParticipants(options: Scope) {
	const event = await sessionOf(options);
	return { event: { id: event.id, title: event.title }, people: await participantsOf(options.networkId, event.id) };
}

/** A participant of the session, or refused (another network's member, someone who did not take part). */
async function participant(options: Scope & { accountId: string }) {
	const event = await sessionOf(options);
	const member = await activeMemberOf(db(), options.networkId, options.accountId);
	const [person] = await participantsOf(options.networkId, event.id, member.accountId);
	if (!person) throw new AppError('session_person_unknown');
	return { event, person };
}

/** One person's page: their skills now, the network's themes and skill names to suggest. */
export async function sessionPerson(options: Scope & { accountId: string }) {
	const { event, person } = await participant(options);
	const [skills, themes, names] = await Promise.all([
		sqlRows<{ id: string; name: string; direction: 'share' | 'learn' }>(
			db(),
			sql`select s.id, s.name, ms.direction from member_skills ms join skills s on s.id = ms.skill_id
				where ms.network_id = ${options.networkId} and ms.account_id = ${person.id} order by s.name_key`
		),
		sqlRows<{ id: string; name: string }>(
			db(),
			sql`select id, name from themes where network_id = ${options.networkId} and archived_at is null
				order by position, name`
		),
		sqlRows<{ name: string }>(
			db(),
			sql`select s.name from skills s where s.network_id = ${options.networkId}
				order by (select count(*) from member_skills ms where ms.skill_id = s.id) desc, s.name_key
				limit ${SUGGESTED_NAMES}`
		)
	]);
	return {
		event: { id: event.id, title: event.title },
		person: { id: person.id, name: person.name },
		shares: skills.filter((s) => s.direction === 'share'),
		learns: skills.filter((s) => s.direction === 'learn'),
		themes,
		names: names.map((n) => n.name)
	};
}

export type SessionEntry = { share: SessionLine[]; learn: SessionLine[]; confirmed: boolean };

/**
 * Adds the lines to the person's profile in one transaction. A new name needs a theme; unless `confirmed`, a new
 * name close to existing skills is answered with them (field → names) and nothing is written.
 */
export async function enterSessionSkills(
	options: Scope & { accountId: string } & SessionEntry
): Promise<{ added: number; already: number } | { suggestions: Record<string, string[]> }> {
	const { person } = await participant(options);
	const coordinator = requireCoordinator(options.actor, options.networkId);
	const lines = [
		...options.share.map((line) => ({ ...line, direction: 'share' as const })),
		...options.learn.map((line) => ({ ...line, direction: 'learn' as const }))
	];
	if (lines.length === 0) throw new AppError('session_nothing_entered');
	// A new name written on two lines (to share and to learn) needs its theme on one of them only.
	const themeOfName = new Map<string, string>();
	for (const line of lines) if (line.themeId) themeOfName.set(nameKey(line.name), line.themeId);
	for (const line of lines) line.themeId ??= themeOfName.get(nameKey(line.name)) ?? null;
	const suggestions: Record<string, string[]> = {};
	for (const line of lines) {
		const similar = await suggestSkills({ ...options, text: line.name, limit: 5 });
		if (similar.some((s) => s.score >= SAME_NAME)) continue;
		if (!line.themeId) throw new AppError('session_skill_needs_theme', `${line.field}_theme`);
		await openThemeOf(db(), options.networkId, line.themeId, `${line.field}_theme`);
		if (!options.confirmed && similar.length > 0) suggestions[line.field] = similar.map((s) => s.name);
	}
	if (Object.keys(suggestions).length > 0) return { suggestions };
	return db().transaction(async (tx) => {
		let added = 0;
		for (const line of lines) {
			const skill = await findOrCreateSkill(tx, {
				networkId: options.networkId,
				name: line.name,
				// Only read for a new name, which has a theme (checked above).
				themeId: line.themeId ?? '',
				createdByAccountId: coordinator.accountId
			});
			// Already on the profile (or twice in the form): kept as it is, never duplicated.
			const inserted = await tx
				.insert(memberSkills)
				.values({
					networkId: options.networkId,
					accountId: person.id,
					skillId: skill.id,
					direction: line.direction,
					updatedByAccountId: coordinator.accountId
				})
				.onConflictDoNothing()
				.returning({ skillId: memberSkills.skillId });
			added += inserted.length;
		}
		return { added, already: lines.length - added };
	});
}
