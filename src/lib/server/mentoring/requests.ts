// A request for a mentor (decision 036): a member asks for themselves, or a coordinator writes one for a member
// (from an unmet need). The skill is one of the network's; the member an active member of it.
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { requireCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { memberships, mentoringRequests, skills } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { MentoringRequestInput } from '../../validation/mentoring.ts';
import { now } from '../clock.ts';

type RequestOptions = { actor: Actor | null; networkId: string } & MentoringRequestInput;

async function insertRequest(options: RequestOptions & { memberAccountId: string; byAccountId: string }) {
	return db().transaction(async (tx) => {
		const [skill] = await tx
			.select({ id: skills.id })
			.from(skills)
			.where(and(eq(skills.id, options.skillId), eq(skills.networkId, options.networkId)));
		if (!skill) throw new AppError('skill_unknown', 'skillId');
		const [request] = await tx
			.insert(mentoringRequests)
			.values({
				networkId: options.networkId,
				memberAccountId: options.memberAccountId,
				skillId: options.skillId,
				goal: options.goal,
				format: options.format,
				months: options.months,
				createdByAccountId: options.byAccountId,
				createdAt: now()
			})
			.returning();
		return request;
	});
}

/** A member asks for a mentor for themselves. */
export async function askForMentor(options: RequestOptions) {
	const member = requireMember(options.actor, options.networkId);
	return insertRequest({ ...options, memberAccountId: member.accountId, byAccountId: member.accountId });
}

/** A coordinator writes the request for a member (an unmet need turned into a mentoring request). */
export async function createRequestForMember(options: RequestOptions & { memberAccountId: string }) {
	const coordinator = requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.memberAccountId)) throw new AppError('mentoring_member_unknown', 'memberId');
	const [membership] = await db()
		.select({ status: memberships.status })
		.from(memberships)
		.where(and(eq(memberships.networkId, options.networkId), eq(memberships.accountId, options.memberAccountId)));
	if (membership?.status !== 'active') throw new AppError('mentoring_member_unknown', 'memberId');
	const request = await insertRequest({ ...options, byAccountId: coordinator.accountId });
	await recordAudit({
		networkId: options.networkId,
		actor: coordinator,
		action: 'mentoring_request_created',
		subjectAccountId: options.memberAccountId,
		subjectId: request.id
	});
	return request;
}

/** The member withdraws an open request (or a coordinator closes it). A running pair is ended, not withdrawn. */
export async function closeRequest(options: { actor: Actor | null; networkId: string; requestId: string }) {
	const account = requireMember(options.actor, options.networkId);
	if (!isUuid(options.requestId)) throw new AppError('not_found');
	const [request] = await db()
		.select()
		.from(mentoringRequests)
		.where(and(eq(mentoringRequests.id, options.requestId), eq(mentoringRequests.networkId, options.networkId)));
	if (!request) throw new AppError('not_found');
	if (request.memberAccountId !== account.accountId) requireCoordinator(account, options.networkId);
	if (request.status !== 'open') throw new AppError('mentoring_request_closed');
	await db()
		.update(mentoringRequests)
		.set({ status: 'closed', closedAt: now() })
		.where(and(eq(mentoringRequests.id, request.id), eq(mentoringRequests.status, 'open')));
}
