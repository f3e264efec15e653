// Writes the demo network's content (demo-content.ts) into a freshly created network, in the setup's transaction.
import { eq } from 'drizzle-orm';
import { SLOTS } from '../../../profile-options.ts';
import { now } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { memberSkills, profiles, themes } from '../../db/schema/index.ts';
import { EXPIRY_NOTICE_DAYS_BEFORE, expiryFrom } from '../../posts/lifetime.ts';
import {
	DAY,
	DEMO_LANGUAGES,
	DEMO_MEMBERS,
	DEMO_NEIGHBOURHOODS,
	DEMO_SKILLS,
	FORMAT_CHOICES,
	SKILL_LANGUAGE
} from './demo-content.ts';
import { DEMO_POSTS } from './demo-posts.ts';
import { emailFor, firstNames, lastNames } from './names.ts';
import { insertMember, insertPost, insertSkill } from './rows.ts';

/** What the activity step (demo-activity.ts) builds on: the people in loop order, the skills and the posts. */
export type DemoPeople = {
	members: { id: string; active: boolean; withoutEmail: boolean }[];
	skillIds: Map<string, string>;
	themeIds: Map<string, string>;
	posts: { id: string; author: number; kind: 'offer' | 'request'; open: boolean; title: string; skills: string[] }[];
};

/**
 * Fills the demo network: members (a second coordinator, some without email, a few pending requests), their
 * profiles and skills to share and to learn, and posts in every state. Deterministic, for stable tests.
 */
export async function fillDemoNetwork(q: Queryable, ids: { networkId: string }): Promise<DemoPeople> {
	const { networkId } = ids;
	const at = now();
	const members: { id: string; firstName: string; active: boolean; withoutEmail: boolean }[] = [];
	for (let i = 0; i < DEMO_MEMBERS; i++) {
		const firstName = firstNames[i % firstNames.length];
		const name = `${firstName} ${lastNames[(i * 7 + 3) % lastNames.length]}`;
		const withoutEmail = i % 9 === 4;
		const active = i < DEMO_MEMBERS - 3;
		const account = await insertMember(q, networkId, {
			name,
			// Demo people have no password: they ask for a log-in link, which a coordinator passes on in outbox mode.
			email: withoutEmail ? null : emailFor(`${name} ${i}`, 'demo.entrelien.org'),
			role: i === 0 ? 'coordinator' : 'member',
			status: active ? 'active' : 'pending'
		});
		members.push({ id: account.id, firstName, active, withoutEmail });
	}
	const coordinatorId = members[0].id;
	const languagesOf = (i: number) => DEMO_LANGUAGES[members[i].firstName] ?? ['français'];

	// Profiles: most active members; a coordinator filled in those of members without email.
	const profileRows = members.flatMap((member, i) =>
		member.active && i % 8 !== 7
			? [
					{
						networkId,
						accountId: member.id,
						neighbourhood: DEMO_NEIGHBOURHOODS[i % DEMO_NEIGHBOURHOODS.length],
						languages: languagesOf(i),
						availability: [0, 8, 13].slice(0, 2 + (i % 2)).map((offset) => SLOTS[(i * 5 + offset) % SLOTS.length]),
						onboarding: i % 5 === 3 ? 'skipped' : 'done',
						updatedAt: at,
						updatedByAccountId: member.withoutEmail ? coordinatorId : member.id
					}
				]
			: []
	);
	await q.insert(profiles).values(profileRows);

	const skillIds = new Map<string, string>();
	const skillNames: string[] = [];
	for (const [themeName, names] of Object.entries(DEMO_SKILLS)) {
		for (const name of names) {
			skillIds.set(name, (await insertSkill(q, networkId, name, themeName)).id);
			skillNames.push(name);
		}
	}

	// What each member shares and wants to learn: first what their posts are about, then their languages, then
	// picks derived from their index, up to 1–3 shared and 0–2 wanted skills.
	const plans = members.map(() => ({ share: new Set<string>(), learn: new Set<string>() }));
	for (const post of DEMO_POSTS) {
		for (const skill of post.skills) plans[post.author][post.kind === 'offer' ? 'share' : 'learn'].add(skill);
	}
	const fits = (i: number, skill: string, direction: 'share' | 'learn') => {
		const plan = plans[i];
		if (plan.share.has(skill) || plan.learn.has(skill)) return false;
		const language = SKILL_LANGUAGE[skill];
		return !language || languagesOf(i).includes(language) === (direction === 'share');
	};
	const memberSkillRows: (typeof memberSkills.$inferInsert)[] = [];
	members.forEach((member, i) => {
		if (!member.active) return;
		const plan = plans[i];
		if (i % 2 === 0 && plan.share.size < 3) {
			const spoken = Object.keys(SKILL_LANGUAGE).find(
				(skill) => skill !== 'Conversation en français' && fits(i, skill, 'share')
			);
			if (spoken) plan.share.add(spoken);
		}
		const targets = { share: 1 + (i % 3), learn: (i * 2) % 3 };
		for (const direction of ['share', 'learn'] as const) {
			for (let k = 0; plan[direction].size < targets[direction] && k < skillNames.length; k++) {
				const skill = skillNames[(i * 7 + k * 11 + (direction === 'learn' ? 5 : 0)) % skillNames.length];
				if (fits(i, skill, direction)) plan[direction].add(skill);
			}
			[...plan[direction]].forEach((skill, k) =>
				memberSkillRows.push({
					networkId,
					accountId: member.id,
					skillId: skillIds.get(skill)!,
					direction,
					level: direction === 'learn' ? 'beginner' : (i + k) % 3 === 0 ? 'advanced' : 'intermediate',
					formats: FORMAT_CHOICES[(i + k) % FORMAT_CHOICES.length],
					createdAt: at,
					updatedByAccountId: member.withoutEmail ? coordinatorId : member.id
				})
			);
		}
	});
	await q.insert(memberSkills).values(memberSkillRows);

	const themeIds = new Map(
		(await q.select().from(themes).where(eq(themes.networkId, networkId))).map((t) => [t.name, t.id])
	);
	const posts: DemoPeople['posts'] = [];
	for (const [n, post] of DEMO_POSTS.entries()) {
		const createdAt = new Date(at.getTime() - post.age * DAY - ((n * 37) % 600) * 60 * 1000);
		const expiresAt = expiryFrom(post.kind, createdAt);
		const startsAt = post.inDays === undefined ? null : new Date(at.getTime() + post.inDays * DAY);
		startsAt?.setUTCHours(13, 0, 0, 0);
		const closedAt = post.closed ? new Date(at.getTime() - post.closed.daysAgo * DAY) : null;
		const row = await insertPost(q, networkId, members[post.author].id, {
			kind: post.kind,
			title: post.title,
			description: post.description,
			themeId: themeIds.get(post.theme)!,
			skillIds: post.skills.map((skill) => skillIds.get(skill)!),
			format: post.format ?? 'one_to_one',
			placeKind: post.placeKind ?? 'neighbourhood',
			place: post.place,
			whenKind: startsAt ? 'once' : (post.whenKind ?? 'flexible'),
			startsAt,
			whenNote: post.whenNote,
			status: post.closed?.status ?? 'open',
			closedAt,
			createdAt,
			expiresAt,
			// An expired post had its reminder a week before it expired.
			expiryNoticeSentAt: expiresAt <= at ? new Date(expiresAt.getTime() - EXPIRY_NOTICE_DAYS_BEFORE * DAY) : null
		});
		const open = !post.closed && expiresAt > at;
		posts.push({ id: row.id, author: post.author, kind: post.kind, open, title: post.title, skills: post.skills });
	}
	return { members, skillIds, themeIds, posts };
}
