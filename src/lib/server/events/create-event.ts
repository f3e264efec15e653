// « Créer l'événement »: a coordinator plans a one-off event or a weekly series; each date becomes an
// occurrence with its own registrations.
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { eventFacilitators, eventOccurrences, events } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { EventInput } from '../../validation/events.ts';
import { MAX_COUNT } from '../../limits.ts';
import { checkEventContent, eventColumns, newLinkToken } from './event-content.ts';
import { weeklySlots } from './occurrence-dates.ts';
import { checkEventRoom, setEventRoom, syncEventRoom } from '../space/event-room.ts';

export async function createEvent(options: { actor: Actor | null; networkId: string; input: EventInput }) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const { input, networkId } = options;
	const slots = weeklySlots({ startsAt: input.startsAt, endsAt: input.endsAt }, input.repeatUntil);
	if (!slots) {
		throw new AppError('event_too_many_occurrences', 'repeatUntil', { max: String(MAX_COUNT.eventOccurrences) });
	}
	if (input.startsAt.getTime() <= now().getTime()) throw new AppError('event_past', 'startsAt');
	return db().transaction((tx) => insertEvent(tx, { networkId, accountId: actor.accountId, input, slots }));
}

/**
 * Writes the event, its occurrences and its room inside the caller's transaction. Also used by a finalised
 * meeting poll (polls/finalise-poll.ts), whose author may be a plain member: the poll's rules authorise it.
 */
export async function insertEvent(
	tx: Queryable,
	options: { networkId: string; accountId: string; input: EventInput; slots?: { startsAt: Date; endsAt: Date }[] }
) {
	const { input, networkId } = options;
	const actor = { accountId: options.accountId };
	const slots = options.slots ?? [{ startsAt: input.startsAt, endsAt: input.endsAt }];
	await checkEventContent(tx, networkId, input);
	const room = await checkEventRoom(tx, networkId, input.venueId, input.roomId ?? null);
	const at = now();
	const [event] = await tx
		.insert(events)
		.values({
			networkId,
			...eventColumns(input),
			startsAt: input.startsAt,
			endsAt: input.endsAt,
			repeatUntil: input.repeatUntil,
			linkToken: input.audience === 'link' ? newLinkToken() : null,
			createdByAccountId: actor.accountId,
			createdAt: at,
			updatedAt: at
		})
		.returning();
	if (input.facilitatorIds.length > 0) {
		await tx
			.insert(eventFacilitators)
			.values(input.facilitatorIds.map((accountId) => ({ eventId: event.id, networkId, accountId })));
	}
	await tx.insert(eventOccurrences).values(
		slots.map((slot) => ({
			networkId,
			eventId: event.id,
			originalStartsAt: slot.startsAt,
			startsAt: slot.startsAt,
			endsAt: slot.endsAt,
			updatedAt: at
		}))
	);
	if (room) {
		await setEventRoom(tx, { networkId, eventId: event.id, room });
		await syncEventRoom(tx, { networkId, eventId: event.id, accountId: actor.accountId, at });
	}
	return event;
}
