// The mentor's own side (decision 036): their profile (skills of the network, hours a month, format, a short
// presentation), pause and resume, and leaving. A mentor acts on their own row only: the row says the network.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { mentoringRequests, mentorings, mentorSkills, mentors, skills } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { MentorProfileInput } from '../../validation/mentoring.ts';
import { ownMentor } from './access.ts';

/** The profile's form: the row and its skills, the network's skills to choose from. */
export async function mentorProfile(options: { actor: Actor | null; mentorId: string }) {
	const mentor = await ownMentor(options.actor, options.mentorId);
	const [chosen, available] = await Promise.all([
		db().select({ id: mentorSkills.skillId }).from(mentorSkills).where(eq(mentorSkills.mentorId, mentor.id)),
		db()
			.select({ id: skills.id, name: skills.name })
			.from(skills)
			.where(eq(skills.networkId, mentor.networkId))
			.orderBy(skills.nameKey)
			.limit(500)
	]);
	return { mentor, skillIds: chosen.map((s) => s.id), skills: available };
}

export async function updateMentorProfile(
	options: { actor: Actor | null; mentorId: string } & MentorProfileInput
): Promise<void> {
	const mentor = await ownMentor(options.actor, options.mentorId);
	await db().transaction(async (tx) => {
		const known = await tx
			.select({ id: skills.id })
			.from(skills)
			.where(and(eq(skills.networkId, mentor.networkId), inArray(skills.id, options.skillIds)));
		if (known.length !== options.skillIds.length) throw new AppError('skill_unknown', 'skillIds');
		await tx
			.update(mentors)
			.set({ hoursPerMonth: options.hoursPerMonth, format: options.format, presentation: options.presentation })
			.where(eq(mentors.id, mentor.id));
		await tx.delete(mentorSkills).where(eq(mentorSkills.mentorId, mentor.id));
		await tx
			.insert(mentorSkills)
			.values(options.skillIds.map((skillId) => ({ mentorId: mentor.id, networkId: mentor.networkId, skillId })));
	});
}

/** Pause (suggested to nobody, new proposals refused) or resume. Running mentorings go on. */
export async function setMentorPaused(options: { actor: Actor | null; mentorId: string; paused: boolean }) {
	const mentor = await ownMentor(options.actor, options.mentorId);
	const from = options.paused ? 'active' : 'paused';
	if (mentor.status !== from) throw new AppError('transition_refused');
	await db()
		.update(mentors)
		.set({ status: options.paused ? 'paused' : 'active' })
		.where(and(eq(mentors.id, mentor.id), eq(mentors.status, from)));
}

/**
 * Leaving: running mentorings end, proposed ones are declined, and what the mentor wrote about themselves goes
 * (address, presentation, skills, the link to their account), as an account's data goes when it is closed. The
 * name stays on past pairs so that the member's history and the reports still read.
 */
export async function leaveMentoring(options: { actor: Actor | null; mentorId: string }): Promise<void> {
	const mentor = await ownMentor(options.actor, options.mentorId);
	const at = now();
	await db().transaction(async (tx) => {
		const live = await tx
			.update(mentorings)
			.set({
				status: sql`case when ${mentorings.status} = 'active' then 'ended' else 'declined' end`,
				declinedBy: sql`case when ${mentorings.status} = 'active' then null else 'mentor' end`,
				endedAt: at
			})
			.where(and(eq(mentorings.mentorId, mentor.id), inArray(mentorings.status, ['proposed', 'active'])))
			.returning({ requestId: mentorings.requestId, status: mentorings.status });
		// A request whose pair was only proposed is open again for another mentor.
		const reopened = live.filter((p) => p.status === 'declined').map((p) => p.requestId);
		if (reopened.length > 0) {
			await tx.update(mentoringRequests).set({ status: 'open' }).where(inArray(mentoringRequests.id, reopened));
		}
		await tx.delete(mentorSkills).where(eq(mentorSkills.mentorId, mentor.id));
		await tx
			.update(mentors)
			.set({ status: 'left', leftAt: at, accountId: null, email: '', presentation: '', hoursPerMonth: null })
			.where(eq(mentors.id, mentor.id));
		await recordAudit({
			tx,
			networkId: mentor.networkId,
			actor: options.actor,
			action: 'mentor_left',
			subjectId: mentor.id
		});
	});
}
