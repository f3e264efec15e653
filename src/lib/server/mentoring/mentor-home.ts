// What a mentor sees (decision 036), and nothing more: their mentor rows (network's name, partner, status), the
// OPEN requests of those networks whose skill is one of theirs (skill, goal, format, duration — not who asks),
// and their own pairs, where the member's name shows once a coordinator proposed them.
import { and, desc, eq, inArray, ne, notExists, sql } from 'drizzle-orm';
import { requireAccount, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import {
	accounts,
	mentoringRequests,
	mentorings,
	mentorSkills,
	mentors,
	networks,
	partners,
	skills
} from '../db/schema/index.ts';

export async function mentorHome(options: { actor: Actor | null }) {
	const account = requireAccount(options.actor);
	const rows = await db()
		.select({
			id: mentors.id,
			networkId: mentors.networkId,
			network: networks.name,
			partner: partners.name,
			status: mentors.status,
			hoursPerMonth: mentors.hoursPerMonth
		})
		.from(mentors)
		.innerJoin(networks, eq(networks.id, mentors.networkId))
		.leftJoin(partners, and(eq(partners.id, mentors.partnerId), eq(partners.networkId, mentors.networkId)))
		.where(and(eq(mentors.accountId, account.accountId), ne(mentors.status, 'left')));
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) return { mentors: rows, requests: [], pairs: [] };
	const live = rows.filter((r) => r.status === 'active').map((r) => r.id);
	const [requests, pairs] = await Promise.all([
		live.length === 0
			? []
			: db()
					.selectDistinctOn([mentoringRequests.createdAt, mentoringRequests.id], {
						id: mentoringRequests.id,
						skill: skills.name,
						goal: mentoringRequests.goal,
						format: mentoringRequests.format,
						months: mentoringRequests.months,
						createdAt: mentoringRequests.createdAt
					})
					.from(mentoringRequests)
					.innerJoin(mentorSkills, eq(mentorSkills.skillId, mentoringRequests.skillId))
					.innerJoin(skills, eq(skills.id, mentoringRequests.skillId))
					.where(
						and(
							inArray(mentorSkills.mentorId, live),
							eq(mentorSkills.networkId, mentoringRequests.networkId),
							eq(mentoringRequests.status, 'open'),
							notExists(
								db()
									.select({ one: sql`1` })
									.from(mentorings)
									.where(
										and(
											eq(mentorings.requestId, mentoringRequests.id),
											inArray(mentorings.status, ['proposed', 'active'])
										)
									)
							)
						)
					)
					.orderBy(desc(mentoringRequests.createdAt), mentoringRequests.id)
					.limit(50),
		db()
			.select({
				id: mentorings.id,
				status: mentorings.status,
				mentorAcceptedAt: mentorings.mentorAcceptedAt,
				member: accounts.name,
				skill: skills.name,
				goal: mentoringRequests.goal,
				proposedAt: mentorings.proposedAt
			})
			.from(mentorings)
			.innerJoin(mentoringRequests, eq(mentoringRequests.id, mentorings.requestId))
			.innerJoin(accounts, eq(accounts.id, mentoringRequests.memberAccountId))
			.innerJoin(skills, eq(skills.id, mentoringRequests.skillId))
			.where(and(inArray(mentorings.mentorId, ids), ne(mentorings.status, 'declined')))
			.orderBy(desc(mentorings.proposedAt))
			.limit(50)
	]);
	return { mentors: rows, requests, pairs };
}
