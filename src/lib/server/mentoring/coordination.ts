// The coordinators' view of mentoring (decision 036): mentors with their status and partner, requests with their
// pairs' states and decline reasons. Never a thread nor a session's note: those belong to the pair.
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, mentoringRequests, mentorings, mentors, partners, skills } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

export async function listMentors(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db()
		.select({
			id: mentors.id,
			name: mentors.name,
			email: mentors.email,
			status: mentors.status,
			partner: partners.name,
			hoursPerMonth: mentors.hoursPerMonth,
			format: mentors.format
		})
		.from(mentors)
		.leftJoin(partners, and(eq(partners.id, mentors.partnerId), eq(partners.networkId, mentors.networkId)))
		.where(and(eq(mentors.networkId, options.networkId), ne(mentors.status, 'left')))
		.orderBy(mentors.name)
		.limit(200);
}

const requestColumns = {
	id: mentoringRequests.id,
	member: accounts.name,
	memberAccountId: mentoringRequests.memberAccountId,
	skill: skills.name,
	skillId: mentoringRequests.skillId,
	goal: mentoringRequests.goal,
	format: mentoringRequests.format,
	months: mentoringRequests.months,
	status: mentoringRequests.status,
	createdAt: mentoringRequests.createdAt
};

export async function listRequests(options: { actor: Actor | null; networkId: string }) {
	requireCoordinator(options.actor, options.networkId);
	const requests = await db()
		.select(requestColumns)
		.from(mentoringRequests)
		.innerJoin(accounts, eq(accounts.id, mentoringRequests.memberAccountId))
		.innerJoin(skills, eq(skills.id, mentoringRequests.skillId))
		.where(and(eq(mentoringRequests.networkId, options.networkId), ne(mentoringRequests.status, 'closed')))
		.orderBy(desc(mentoringRequests.createdAt))
		.limit(100);
	const pairs =
		requests.length === 0
			? []
			: await pairsOf(
					options.networkId,
					requests.map((r) => r.id)
				);
	return requests.map((r) => ({ ...r, pairs: pairs.filter((p) => p.requestId === r.id) }));
}

function pairsOf(networkId: string, requestIds: string[]) {
	return db()
		.select({
			id: mentorings.id,
			requestId: mentorings.requestId,
			mentor: mentors.name,
			status: mentorings.status,
			mentorAcceptedAt: mentorings.mentorAcceptedAt,
			memberAcceptedAt: mentorings.memberAcceptedAt,
			declinedBy: mentorings.declinedBy,
			declineReason: mentorings.declineReason
		})
		.from(mentorings)
		.innerJoin(mentors, eq(mentors.id, mentorings.mentorId))
		.where(and(eq(mentorings.networkId, networkId), inArray(mentorings.requestId, requestIds)))
		.orderBy(desc(mentorings.proposedAt));
}

/** One request with its pairs, for the page where a coordinator proposes a mentor. */
export async function requestForCoordinator(options: { actor: Actor | null; networkId: string; requestId: string }) {
	requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.requestId)) throw new AppError('not_found');
	const [request] = await db()
		.select(requestColumns)
		.from(mentoringRequests)
		.innerJoin(accounts, eq(accounts.id, mentoringRequests.memberAccountId))
		.innerJoin(skills, eq(skills.id, mentoringRequests.skillId))
		.where(and(eq(mentoringRequests.id, options.requestId), eq(mentoringRequests.networkId, options.networkId)));
	if (!request) throw new AppError('not_found');
	return { ...request, pairs: await pairsOf(options.networkId, [request.id]) };
}
