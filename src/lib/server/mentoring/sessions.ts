// Sessions held and the end of a mentoring (decision 036). Either side logs a session while the mentoring runs;
// either side ends it with their review (« ça m'a aidé ? » 1–4 and a sentence); the other adds theirs afterwards.
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { mentoringReviews, mentoringSessions, mentorings } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { MentoringSessionInput } from '../../validation/mentoring.ts';
import { pairFor } from './access.ts';

export async function logSession(options: { actor: Actor | null; mentoringId: string } & MentoringSessionInput) {
	return db().transaction(async (tx) => {
		// Locked: an end at the same moment cannot let a session in after it.
		const { mentoring } = await pairFor(options.actor, options.mentoringId, { q: tx, lock: true });
		if (mentoring.status === 'ended' || mentoring.status === 'declined') throw new AppError('mentoring_ended');
		if (mentoring.status !== 'active') throw new AppError('mentoring_not_started');
		const [session] = await tx
			.insert(mentoringSessions)
			.values({
				networkId: mentoring.networkId,
				mentoringId: mentoring.id,
				heldOn: options.heldOn,
				minutes: options.minutes,
				note: options.note,
				loggedByAccountId: options.actor!.accountId,
				createdAt: now()
			})
			.returning();
		return session;
	});
}

export async function listSessions(options: { actor: Actor | null; mentoringId: string }) {
	const pair = await pairFor(options.actor, options.mentoringId);
	const [sessions, reviews] = await Promise.all([
		db()
			.select()
			.from(mentoringSessions)
			.where(eq(mentoringSessions.mentoringId, pair.mentoring.id))
			.orderBy(asc(mentoringSessions.heldOn), asc(mentoringSessions.createdAt))
			.limit(200),
		db().select().from(mentoringReviews).where(eq(mentoringReviews.mentoringId, pair.mentoring.id))
	]);
	return { ...pair, sessions, reviews };
}

/** Ends a running mentoring with the actor's review, or adds the other side's review to an ended one. */
export async function reviewMentoring(options: {
	actor: Actor | null;
	mentoringId: string;
	helped: number;
	sentence: string;
}) {
	try {
		await db().transaction(async (tx) => {
			const { mentoring, side } = await pairFor(options.actor, options.mentoringId, { q: tx, lock: true });
			if (mentoring.status !== 'active' && mentoring.status !== 'ended') throw new AppError('mentoring_not_started');
			if (mentoring.status === 'active') {
				await tx.update(mentorings).set({ status: 'ended', endedAt: now() }).where(eq(mentorings.id, mentoring.id));
			}
			await tx.insert(mentoringReviews).values({
				networkId: mentoring.networkId,
				mentoringId: mentoring.id,
				side,
				helped: options.helped,
				sentence: options.sentence,
				createdAt: now()
			});
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError('mentoring_review_done');
		throw error;
	}
}
