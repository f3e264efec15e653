// A coordinator proposes a pair (a request and a mentor of the same network); the mentor and the member each
// accept, or decline with a reason (decision 036). Once both accepted, the mentoring runs: thread and sessions.
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, mentoringRequests, mentorings, mentors, skills } from '../db/schema/index.ts';
import { queueEmail } from '../email/queue-email.ts';
import { AppError } from '../errors.ts';
import { pairFor } from './access.ts';
import { pairProposedEmail } from './mentoring-emails.ts';

export async function proposePair(options: {
	actor: Actor | null;
	networkId: string;
	requestId: string;
	mentorId: string;
	/** Where the emails' links point (the request's origin); no email without it. */
	origin?: string;
}) {
	const coordinator = requireCoordinator(options.actor, options.networkId);
	if (!isUuid(options.requestId)) throw new AppError('not_found');
	if (!isUuid(options.mentorId)) throw new AppError('mentor_unknown', 'mentorId');
	try {
		return await db().transaction(async (tx) => {
			const [request] = await tx
				.select()
				.from(mentoringRequests)
				.where(and(eq(mentoringRequests.id, options.requestId), eq(mentoringRequests.networkId, options.networkId)))
				.for('update');
			if (!request) throw new AppError('not_found');
			if (request.status !== 'open') throw new AppError('mentoring_request_closed');
			// A mentor of another network is « unknown » here, like one that does not exist.
			const [mentor] = await tx
				.select()
				.from(mentors)
				.where(and(eq(mentors.id, options.mentorId), eq(mentors.networkId, options.networkId)));
			if (!mentor) throw new AppError('mentor_unknown', 'mentorId');
			if (mentor.status !== 'active') throw new AppError('mentor_not_available', 'mentorId');
			const [pair] = await tx
				.insert(mentorings)
				.values({
					networkId: options.networkId,
					requestId: request.id,
					mentorId: mentor.id,
					proposedByAccountId: coordinator.accountId,
					proposedAt: now()
				})
				.returning();
			await recordAudit({
				tx,
				networkId: options.networkId,
				actor: coordinator,
				action: 'mentoring_proposed',
				subjectAccountId: request.memberAccountId,
				subjectId: pair.id,
				detail: mentor.name
			});
			if (options.origin) {
				await emailBothSides(tx, { pair, request, mentor, origin: options.origin });
			}
			return pair;
		});
	} catch (error) {
		// Another pair of this request is already proposed or running (the database's unique index).
		if (isUniqueViolation(error)) throw new AppError('mentoring_request_closed');
		throw error;
	}
}

/**
 * Each side learns by email that a pair waits for their answer: the mentor has no notifications (they belong to a
 * network's members), and the member may not open the site every day. In the same transaction as the proposal.
 */
async function emailBothSides(
	tx: Queryable,
	p: {
		pair: typeof mentorings.$inferSelect;
		request: typeof mentoringRequests.$inferSelect;
		mentor: typeof mentors.$inferSelect;
		origin: string;
	}
) {
	const people = await tx
		.select({ id: accounts.id, name: accounts.name, email: accounts.email, locale: accounts.locale })
		.from(accounts)
		.where(inArray(accounts.id, [p.request.memberAccountId, p.mentor.accountId!]));
	const [skill] = await tx.select({ name: skills.name }).from(skills).where(eq(skills.id, p.request.skillId));
	const member = people.find((a) => a.id === p.request.memberAccountId);
	const url = `${p.origin}/mentorat/${p.pair.id}`;
	for (const person of people) {
		if (!person.email) continue;
		const other = person.id === p.request.memberAccountId ? p.mentor.name : (member?.name ?? '');
		const message = pairProposedEmail({
			locale: person.locale as 'fr' | 'en',
			name: person.name,
			skill: skill.name,
			other,
			url
		});
		await queueEmail({ to: person.email, toAccountId: person.id, message, tx });
	}
}

/** One side accepts; the second acceptance starts the mentoring. */
export async function acceptPair(options: { actor: Actor | null; mentoringId: string }) {
	return db().transaction(async (tx) => {
		const { mentoring, side } = await pairFor(options.actor, options.mentoringId, { q: tx, lock: true });
		if (mentoring.status !== 'proposed') throw new AppError('already_answered');
		const at = now();
		const mine = side === 'mentor' ? { mentorAcceptedAt: at } : { memberAcceptedAt: at };
		if (side === 'mentor' ? mentoring.mentorAcceptedAt : mentoring.memberAcceptedAt) {
			throw new AppError('already_answered');
		}
		const other = side === 'mentor' ? mentoring.memberAcceptedAt : mentoring.mentorAcceptedAt;
		await tx
			.update(mentorings)
			.set(other ? { ...mine, status: 'active', startedAt: at } : mine)
			.where(eq(mentorings.id, mentoring.id));
		if (other) {
			await tx.update(mentoringRequests).set({ status: 'paired' }).where(eq(mentoringRequests.id, mentoring.requestId));
		}
		return { started: Boolean(other) };
	});
}

/** One side declines, with a reason the coordinator reads; the request is free for another mentor. */
export async function declinePair(options: { actor: Actor | null; mentoringId: string; reason: string }) {
	await db().transaction(async (tx) => {
		const { mentoring, side } = await pairFor(options.actor, options.mentoringId, { q: tx, lock: true });
		if (mentoring.status !== 'proposed') throw new AppError('already_answered');
		await tx
			.update(mentorings)
			.set({ status: 'declined', declinedBy: side, declineReason: options.reason, endedAt: now() })
			.where(eq(mentorings.id, mentoring.id));
	});
}
