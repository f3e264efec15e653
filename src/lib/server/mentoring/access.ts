// Who may see a mentoring item (decision 036). A mentor has no membership: nothing here goes through
// requireMember for them; they reach their own mentor rows and the pairs where they are the mentor, nothing else.
// A member reaches their own requests and pairs while their membership is active. A coordinator manages requests
// and pairs of the network but never reads a pair's thread nor logs its sessions: they are not a party.
import { and, eq, ne } from 'drizzle-orm';
import { requireAccount, requireMember, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { mentoringRequests, mentorings, mentors } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { MentoringSide } from '../../mentoring-options.ts';

/** The actor's own mentor row (not left), by id; anyone else's is « not found ». */
export async function ownMentor(actor: Actor | null, mentorId: string, q: Queryable = db()) {
	const account = requireAccount(actor);
	if (!isUuid(mentorId)) throw new AppError('not_found');
	const [mentor] = await q
		.select()
		.from(mentors)
		.where(and(eq(mentors.id, mentorId), eq(mentors.accountId, account.accountId), ne(mentors.status, 'left')));
	if (!mentor) throw new AppError('not_found');
	return mentor;
}

/** The actor's live mentor rows in every network (a person may mentor for several). */
export async function mentorRowsOf(accountId: string, q: Queryable = db()) {
	return q
		.select()
		.from(mentors)
		.where(and(eq(mentors.accountId, accountId), ne(mentors.status, 'left')));
}

/** Whether the account mentors somewhere (the layout and the home page lead such a person to /mentorat). */
export async function isMentor(actor: Actor | null): Promise<boolean> {
	if (!actor) return false;
	return (await mentorRowsOf(actor.accountId)).some((m) => m.status !== 'invited');
}

export type PairAccess = {
	mentoring: typeof mentorings.$inferSelect;
	request: typeof mentoringRequests.$inferSelect;
	mentor: typeof mentors.$inferSelect;
	side: MentoringSide;
};

/**
 * A pair seen by one of its two parties, with their side. Locked `for update` when `lock` (answers, sessions,
 * the end: two clicks at once must not both pass the status check). Anyone else gets « not found ».
 */
export async function pairFor(
	actor: Actor | null,
	mentoringId: string,
	options: { q?: Queryable; lock?: boolean } = {}
): Promise<PairAccess> {
	const account = requireAccount(actor);
	if (!isUuid(mentoringId)) throw new AppError('not_found');
	const q = options.q ?? db();
	const query = q
		.select({ mentoring: mentorings, request: mentoringRequests, mentor: mentors })
		.from(mentorings)
		.innerJoin(
			mentoringRequests,
			and(eq(mentoringRequests.id, mentorings.requestId), eq(mentoringRequests.networkId, mentorings.networkId))
		)
		.innerJoin(mentors, and(eq(mentors.id, mentorings.mentorId), eq(mentors.networkId, mentorings.networkId)))
		.where(eq(mentorings.id, mentoringId));
	const [row] = options.lock ? await query.for('update', { of: mentorings }) : await query;
	if (!row) throw new AppError('not_found');
	if (row.mentor.accountId === account.accountId && row.mentor.status !== 'left') return { ...row, side: 'mentor' };
	if (row.request.memberAccountId === account.accountId) {
		requireMember(account, row.mentoring.networkId);
		return { ...row, side: 'member' };
	}
	throw new AppError('not_found');
}
