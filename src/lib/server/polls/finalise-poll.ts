// « Choisir ce créneau » (decision 037): the author or a coordinator picks one slot; the event is created in the
// same transaction (events/create-event.ts insertEvent: the poll's title, description, place, group), the poll
// closes and its participants are told. The poll's row is locked first, so a second click at the same time waits,
// then finds the poll decided and is refused; polls.event_id is unique besides.
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { eventOccurrences, pollSlots, polls } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { insertEvent } from '../events/create-event.ts';
import { moveOccurrenceIn } from '../events/move-occurrence.ts';
import { RANGE } from '../../limits.ts';
import { notifyPollParticipants } from './notify-poll.ts';
import { requirePollManager, type PollRow } from './poll-access.ts';

type Options = { actor: Actor | null; networkId: string; pollId: string; slotId: string };

async function slotOf(tx: Queryable, poll: PollRow, slotId: string) {
	if (!isUuid(slotId)) throw new AppError('invalid_input', 'slotId');
	const [slot] = await tx
		.select()
		.from(pollSlots)
		.where(and(eq(pollSlots.pollId, poll.id), eq(pollSlots.id, slotId)));
	if (!slot) throw new AppError('invalid_input', 'slotId');
	if (slot.startsAt.getTime() <= now().getTime()) throw new AppError('poll_slot_past', 'slotId');
	return slot;
}

/** The event's description: the poll's, and the place's precision (« la salle du fond ») when there is one. */
const eventDescription = (poll: PollRow) => [poll.description, poll.place].filter((t) => t !== '').join('\n\n');

export async function finalisePoll(options: Options) {
	return db().transaction(async (tx) => {
		const { actor, poll } = await requirePollManager(tx, options);
		if (poll.chosenSlotId !== null) throw new AppError('poll_already_chosen');
		const slot = await slotOf(tx, poll, options.slotId);
		const event = await insertEvent(tx, {
			networkId: poll.networkId,
			accountId: actor.accountId,
			input: {
				title: poll.title,
				description: eventDescription(poll),
				kind: 'meeting',
				groupId: poll.groupId,
				venueId: poll.venueId,
				onlineUrl: poll.onlineUrl,
				startsAt: slot.startsAt,
				endsAt: slot.endsAt,
				repeatUntil: null,
				// A meeting has no place count of its own: the venue's room says how many fit.
				capacity: RANGE.eventCapacity.max,
				audience: poll.groupId !== null ? 'group' : 'network',
				facilitatorIds: []
			}
		});
		const at = now();
		await tx
			.update(polls)
			.set({ status: 'closed', chosenSlotId: slot.id, eventId: event.id, closedAt: at, updatedAt: at })
			.where(eq(polls.id, poll.id));
		await notifyPollParticipants(tx, { poll, what: 'poll_chosen', when: slot.startsAt, eventId: event.id });
		return { eventId: event.id };
	});
}

/** Another slot of a decided poll: its event moves there (registrations kept), and everyone is told again. */
export async function changeChosenSlot(options: Options) {
	return db().transaction(async (tx) => {
		const { actor, poll } = await requirePollManager(tx, options);
		if (poll.chosenSlotId === null || poll.eventId === null) throw new AppError('poll_not_chosen');
		if (poll.chosenSlotId === options.slotId) throw new AppError('poll_same_slot', 'slotId');
		const slot = await slotOf(tx, poll, options.slotId);
		const [occurrence] = await tx
			.select({ id: eventOccurrences.id })
			.from(eventOccurrences)
			.where(eq(eventOccurrences.eventId, poll.eventId));
		const at = now();
		// The event's registrants hear of the move through the event (occurrence-changes.ts).
		await moveOccurrenceIn(tx, {
			networkId: poll.networkId,
			occurrenceId: occurrence.id,
			startsAt: slot.startsAt,
			endsAt: slot.endsAt,
			accountId: actor.accountId,
			at
		});
		await tx.update(polls).set({ chosenSlotId: slot.id, updatedAt: at }).where(eq(polls.id, poll.id));
		await notifyPollParticipants(tx, { poll, what: 'poll_chosen', when: slot.startsAt, eventId: poll.eventId });
		return { eventId: poll.eventId };
	});
}
