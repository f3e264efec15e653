// Replaces a participant's answers (one per slot: the primary key), after checking every slot is the poll's.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.ts';
import { pollAnswers, pollSlots } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { PollAnswer } from '../../validation/polls.ts';
import type { PollRow } from './poll-access.ts';

export async function writeAnswers(
	tx: Queryable,
	poll: PollRow,
	participantId: string,
	answers: Record<string, PollAnswer>
) {
	const slots = await tx.select({ id: pollSlots.id }).from(pollSlots).where(eq(pollSlots.pollId, poll.id));
	const known = new Set(slots.map((s) => s.id));
	const given = Object.entries(answers);
	if (given.length === 0) throw new AppError('poll_no_answer');
	for (const [slotId, answer] of given) {
		if (!known.has(slotId)) throw new AppError('invalid_input', `answer_${slotId}`);
		if (answer !== 'yes' && answer !== 'maybe' && answer !== 'no') throw new AppError('invalid_input');
	}
	await tx.delete(pollAnswers).where(eq(pollAnswers.participantId, participantId));
	await tx
		.insert(pollAnswers)
		.values(given.map(([slotId, answer]) => ({ pollId: poll.id, participantId, slotId, answer })));
}

/** Answers are taken while the poll is open. */
export function requireOpenPoll(poll: PollRow) {
	if (poll.status !== 'open') throw new AppError('poll_closed');
}
