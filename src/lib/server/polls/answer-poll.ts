// A member answers the poll (or changes their answer): oui / si besoin / non per slot, and a comment.
import { sql } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { pollParticipants } from '../db/schema/index.ts';
import type { PollAnswerInput } from '../../validation/polls.ts';
import { requirePollReader } from './poll-access.ts';
import { requireOpenPoll, writeAnswers } from './write-answers.ts';

export async function answerPoll(options: {
	actor: Actor | null;
	networkId: string;
	pollId: string;
	input: PollAnswerInput;
}) {
	return db().transaction(async (tx) => {
		const { actor, poll } = await requirePollReader(tx, { ...options, lock: true });
		requireOpenPoll(poll);
		const at = now();
		// One row per member and poll (unique key): answering again updates it.
		const [participant] = await tx
			.insert(pollParticipants)
			.values({
				networkId: poll.networkId,
				pollId: poll.id,
				accountId: actor.accountId,
				comment: options.input.comment,
				createdAt: at,
				updatedAt: at
			})
			.onConflictDoUpdate({
				target: [pollParticipants.pollId, pollParticipants.accountId],
				set: { comment: sql`excluded.comment`, updatedAt: at }
			})
			.returning({ id: pollParticipants.id });
		await writeAnswers(tx, poll, participant.id, options.input.answers);
		return { participantId: participant.id };
	});
}
