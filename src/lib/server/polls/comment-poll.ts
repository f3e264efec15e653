// The poll's short thread: a reader writes a line, open or closed poll alike.
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { pollComments } from '../db/schema/index.ts';
import { requirePollReader } from './poll-access.ts';

export async function commentPoll(options: { actor: Actor | null; networkId: string; pollId: string; body: string }) {
	return db().transaction(async (tx) => {
		const { actor, poll } = await requirePollReader(tx, options);
		const [row] = await tx
			.insert(pollComments)
			.values({
				networkId: poll.networkId,
				pollId: poll.id,
				accountId: actor.accountId,
				body: options.body,
				createdAt: now()
			})
			.returning({ id: pollComments.id });
		return row;
	});
}
