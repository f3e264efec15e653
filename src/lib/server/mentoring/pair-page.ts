// One pair's page (decision 036), for its two parties only: who, what, where it stands, the thread, the sessions
// and the reviews. Anyone else (a coordinator included) gets « not found » from pairFor.
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { accounts, skills } from '../db/schema/index.ts';
import { listSessions } from './sessions.ts';
import { listThread } from './thread.ts';

export async function pairPage(options: { actor: Actor | null; mentoringId: string }) {
	const thread = await listThread(options);
	const { sessions, reviews } = await listSessions(options);
	const { mentoring, request, mentor, side } = thread;
	const [[member], [skill]] = await Promise.all([
		db().select({ name: accounts.name }).from(accounts).where(eq(accounts.id, request.memberAccountId)),
		db().select({ name: skills.name }).from(skills).where(eq(skills.id, request.skillId))
	]);
	const myAcceptance = side === 'mentor' ? mentoring.mentorAcceptedAt : mentoring.memberAcceptedAt;
	return {
		id: mentoring.id,
		status: mentoring.status,
		side,
		skill: skill.name,
		goal: request.goal,
		format: request.format,
		months: request.months,
		member: member.name,
		mentor: mentor.name,
		presentation: mentor.presentation,
		toAnswer: mentoring.status === 'proposed' && !myAcceptance,
		messages: thread.messages,
		sessions,
		minutes: sessions.reduce((sum, s) => sum + s.minutes, 0),
		reviews: reviews.map((r) => ({ side: r.side, helped: r.helped, sentence: r.sentence })),
		canReview: (mentoring.status === 'active' || mentoring.status === 'ended') && !reviews.some((r) => r.side === side)
	};
}
