// What the « Enregistrer un échange » form offers: the network's members and skills (bounded lists), and, when
// it comes from an introduction whose people met, the people, skill and post already filled in.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import {
	accounts,
	introductionPeople,
	introductions,
	memberSkills,
	memberships,
	postSkills,
	posts,
	skills,
	themes
} from '../db/schema/index.ts';

/** A plain list to choose from only while the network is small enough to scroll through (as for introductions). */
export const MAX_LISTED_MEMBERS = 300;
export const MAX_LISTED_SKILLS = 500;

export type ExchangePrefill = {
	introductionId: string;
	postId: string;
	sharerAccountId: string;
	learnerAccountIds: string[];
	skillId: string | null;
};

/** From a met introduction: on a request the helpers share with its author; on an offer its author shares. */
async function prefillFrom(actor: Actor, networkId: string, introductionId: string): Promise<ExchangePrefill | null> {
	if (!isUuid(introductionId)) return null;
	const [intro] = await db()
		.select({ status: introductions.status, postId: introductions.postId, kind: posts.kind, themeId: posts.themeId })
		.from(introductions)
		.innerJoin(posts, eq(posts.id, introductions.postId))
		.where(and(eq(introductions.id, introductionId), eq(introductions.networkId, networkId)));
	if (!intro || (intro.status !== 'met' && intro.status !== 'done')) return null;
	const people = await db()
		.select({ accountId: introductionPeople.accountId, role: introductionPeople.role })
		.from(introductionPeople)
		.where(eq(introductionPeople.introductionId, introductionId));
	if (!people.some((p) => p.accountId === actor.accountId) && !isCoordinator(actor, networkId)) return null;
	const author = people.find((p) => p.role === 'author')!.accountId;
	const others = people.filter((p) => p.role === 'participant').map((p) => p.accountId);
	const helper = others.includes(actor.accountId) ? actor.accountId : others[0];
	const sharerAccountId = intro.kind === 'request' ? helper : author;
	// The post's skill; for a post that names none, a skill the sharer shares under the post's theme.
	const [skill] = await db()
		.select({ skillId: postSkills.skillId })
		.from(postSkills)
		.where(eq(postSkills.postId, intro.postId))
		.limit(1);
	const [sharerSkill] = skill
		? []
		: await db()
				.select({ skillId: memberSkills.skillId })
				.from(memberSkills)
				.innerJoin(skills, eq(skills.id, memberSkills.skillId))
				.where(
					and(
						eq(memberSkills.networkId, networkId),
						eq(memberSkills.accountId, sharerAccountId),
						eq(memberSkills.direction, 'share'),
						eq(skills.themeId, intro.themeId)
					)
				)
				.orderBy(asc(skills.name))
				.limit(1);
	return {
		introductionId,
		postId: intro.postId,
		sharerAccountId,
		learnerAccountIds: intro.kind === 'request' ? [author] : others,
		skillId: skill?.skillId ?? sharerSkill?.skillId ?? null
	};
}

export async function exchangeFormChoices(options: {
	actor: Actor | null;
	networkId: string;
	introductionId?: string | null;
}) {
	const actor = requireMember(options.actor, options.networkId);
	const { networkId } = options;
	const prefill = options.introductionId ? await prefillFrom(actor, networkId, options.introductionId) : null;

	const everyone = await db()
		.select({ accountId: accounts.id, name: accounts.name })
		.from(memberships)
		.innerJoin(accounts, eq(accounts.id, memberships.accountId))
		.where(and(eq(memberships.networkId, networkId), eq(memberships.status, 'active')))
		.orderBy(asc(accounts.name), asc(accounts.id))
		.limit(MAX_LISTED_MEMBERS + 1);
	// In a big network the list holds the member and the people they were introduced to (and the prefilled ones).
	let members = everyone;
	if (everyone.length > MAX_LISTED_MEMBERS) {
		const mine = db()
			.select({ id: introductionPeople.introductionId })
			.from(introductionPeople)
			.where(and(eq(introductionPeople.networkId, networkId), eq(introductionPeople.accountId, actor.accountId)));
		const known = await db()
			.selectDistinct({ accountId: accounts.id, name: accounts.name })
			.from(introductionPeople)
			.innerJoin(accounts, eq(accounts.id, introductionPeople.accountId))
			.where(inArray(introductionPeople.introductionId, mine))
			.orderBy(asc(accounts.name), asc(accounts.id))
			.limit(MAX_LISTED_MEMBERS);
		members = known.some((k) => k.accountId === actor.accountId)
			? known
			: [{ accountId: actor.accountId, name: actor.name }, ...known];
	}

	const [networkSkills, myShared] = await Promise.all([
		db()
			.select({ skillId: skills.id, name: skills.name, themeName: themes.name })
			.from(skills)
			.innerJoin(themes, eq(themes.id, skills.themeId))
			.where(eq(skills.networkId, networkId))
			.orderBy(asc(themes.position), asc(themes.name), asc(skills.name))
			.limit(MAX_LISTED_SKILLS),
		db()
			.select({ skillId: skills.id, name: skills.name })
			.from(memberSkills)
			.innerJoin(skills, eq(skills.id, memberSkills.skillId))
			.where(
				and(
					eq(memberSkills.networkId, networkId),
					eq(memberSkills.accountId, prefill?.sharerAccountId ?? actor.accountId),
					eq(memberSkills.direction, 'share')
				)
			)
			.orderBy(asc(skills.name))
	]);
	return {
		members,
		skills: networkSkills,
		sharerSkills: myShared,
		prefill,
		onBehalf: isCoordinator(actor, networkId)
	};
}
