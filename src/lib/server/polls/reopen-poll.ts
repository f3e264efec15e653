// « Rouvrir le sondage » (decision 037): a decided poll takes answers again. Its event is cancelled (its
// registrants are told by the event, events/cancel-event.ts) and the participants are told the date is open again;
// choosing a slot later makes a new event. A poll closed by its deadline without a choice simply reopens.
import { eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { polls } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { cancelEventIn } from '../events/cancel-event.ts';
import { notifyPollParticipants } from './notify-poll.ts';
import { requirePollManager } from './poll-access.ts';

export async function reopenPoll(options: { actor: Actor | null; networkId: string; pollId: string }) {
	return db().transaction(async (tx) => {
		const { poll } = await requirePollManager(tx, options);
		if (poll.status === 'open') throw new AppError('poll_already_open');
		const at = now();
		if (poll.deadline !== null && poll.deadline.getTime() <= at.getTime()) {
			throw new AppError('poll_deadline_passed');
		}
		if (poll.eventId !== null) await cancelEventIn(tx, { networkId: poll.networkId, eventId: poll.eventId });
		await tx
			.update(polls)
			.set({ status: 'open', chosenSlotId: null, eventId: null, closedAt: null, updatedAt: at })
			.where(eq(polls.id, poll.id));
		if (poll.chosenSlotId !== null) {
			await notifyPollParticipants(tx, { poll, what: 'poll_reopened', when: null, eventId: null });
		}
		return { cancelledEventId: poll.eventId };
	});
}
