// A member's mentoring (decision 036): their requests and their pairs, with the mentor's name, partner and
// presentation once a coordinator proposed them; the network's skills for the request form.
import { and, desc, eq } from 'drizzle-orm';
import { requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { mentoringRequests, mentorings, mentors, partners, skills } from '../db/schema/index.ts';

export async function myMentoring(options: { actor: Actor | null; networkId: string }) {
	const member = requireMember(options.actor, options.networkId);
	const mine = and(
		eq(mentoringRequests.networkId, options.networkId),
		eq(mentoringRequests.memberAccountId, member.accountId)
	);
	const [requests, pairs] = await Promise.all([
		db()
			.select({
				id: mentoringRequests.id,
				skill: skills.name,
				goal: mentoringRequests.goal,
				format: mentoringRequests.format,
				months: mentoringRequests.months,
				status: mentoringRequests.status,
				createdAt: mentoringRequests.createdAt
			})
			.from(mentoringRequests)
			.innerJoin(skills, eq(skills.id, mentoringRequests.skillId))
			.where(mine)
			.orderBy(desc(mentoringRequests.createdAt))
			.limit(50),
		db()
			.select({
				id: mentorings.id,
				status: mentorings.status,
				memberAcceptedAt: mentorings.memberAcceptedAt,
				mentor: mentors.name,
				partner: partners.name,
				presentation: mentors.presentation,
				skill: skills.name,
				goal: mentoringRequests.goal
			})
			.from(mentorings)
			.innerJoin(mentoringRequests, eq(mentoringRequests.id, mentorings.requestId))
			.innerJoin(mentors, eq(mentors.id, mentorings.mentorId))
			.leftJoin(partners, and(eq(partners.id, mentors.partnerId), eq(partners.networkId, mentors.networkId)))
			.innerJoin(skills, eq(skills.id, mentoringRequests.skillId))
			.where(mine)
			.orderBy(desc(mentorings.proposedAt))
			.limit(50)
	]);
	return { requests, pairs };
}

/** The network's skills, for the request form (the few hundred a network has, by name). */
export async function networkSkills(options: { actor: Actor | null; networkId: string }) {
	requireMember(options.actor, options.networkId);
	return db()
		.select({ id: skills.id, name: skills.name })
		.from(skills)
		.where(eq(skills.networkId, options.networkId))
		.orderBy(skills.nameKey)
		.limit(500);
}
