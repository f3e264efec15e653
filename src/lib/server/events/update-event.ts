// « Enregistrer »: a coordinator edits an event. A one-off event's dates move its only occurrence; a series keeps
// its dates (each occurrence is moved on its own). More places are offered at once to the people waiting; fewer
// places than already taken are refused. Registrants are told when the time or the place changes.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { hasSqlState } from '../db/errors.ts';
import { sqlStates } from '../db/sql-states.ts';
import { eventFacilitators, eventOccurrences, eventRegistrations, events } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { EventUpdateInput } from '../../validation/events.ts';
import { findEvent, lockOccurrence, type EventRow } from './event-access.ts';
import { checkEventContent, eventColumns, newLinkToken } from './event-content.ts';
import { tellChange } from './occurrence-changes.ts';
import { countPlaces, offerFreePlaces } from './places.ts';
import { checkEventRoom, setEventRoom, syncEventRoom } from '../space/event-room.ts';

async function upcomingOccurrenceIds(tx: Queryable, eventId: string, at: Date) {
	const rows = await tx
		.select({ id: eventOccurrences.id })
		.from(eventOccurrences)
		.where(
			and(
				eq(eventOccurrences.eventId, eventId),
				isNull(eventOccurrences.cancelledAt),
				gt(eventOccurrences.startsAt, at)
			)
		)
		.orderBy(eventOccurrences.startsAt);
	return rows.map((r) => r.id);
}

async function replaceFacilitators(tx: Queryable, event: EventRow, accountIds: string[]) {
	await tx.delete(eventFacilitators).where(eq(eventFacilitators.eventId, event.id));
	if (accountIds.length > 0) {
		await tx
			.insert(eventFacilitators)
			.values(accountIds.map((accountId) => ({ eventId: event.id, networkId: event.networkId, accountId })));
	}
}

export async function updateEvent(options: {
	actor: Actor | null;
	networkId: string;
	eventId: string;
	input: EventUpdateInput;
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	const { input, networkId } = options;
	try {
		return await db().transaction(async (tx) => {
			const before = await findEvent(tx, networkId, options.eventId);
			if (before.cancelledAt !== null) throw new AppError('event_cancelled');
			await checkEventContent(tx, networkId, input);
			const room = await checkEventRoom(tx, networkId, input.venueId, input.roomId ?? null);
			const at = now();
			const oneOff = before.repeatUntil === null;
			const datesChanged =
				oneOff &&
				(input.startsAt.getTime() !== before.startsAt.getTime() || input.endsAt.getTime() !== before.endsAt.getTime());
			if (datesChanged && input.startsAt.getTime() <= at.getTime()) throw new AppError('event_past', 'startsAt');
			const placeChanged = input.venueId !== before.venueId || input.onlineUrl !== before.onlineUrl;
			const [event] = await tx
				.update(events)
				.set({
					...eventColumns(input),
					...(datesChanged ? { startsAt: input.startsAt, endsAt: input.endsAt } : {}),
					linkToken: input.audience === 'link' ? (before.linkToken ?? newLinkToken()) : null,
					updatedAt: at
				})
				.where(eq(events.id, before.id))
				.returning();
			await replaceFacilitators(tx, event, input.facilitatorIds);
			for (const id of await upcomingOccurrenceIds(tx, event.id, at)) {
				const locked = await lockOccurrence(tx, networkId, id);
				if ((await countPlaces(tx, id)).taken > event.capacity) {
					throw new AppError('event_capacity_below_taken', 'capacity');
				}
				let occurrence = locked.occurrence;
				if (datesChanged) {
					[occurrence] = await tx
						.update(eventOccurrences)
						.set({ startsAt: input.startsAt, endsAt: input.endsAt, updatedAt: at })
						.where(eq(eventOccurrences.id, id))
						.returning();
					await tx
						.update(eventRegistrations)
						.set({ remindedAt: null })
						.where(and(eq(eventRegistrations.occurrenceId, id), eq(eventRegistrations.status, 'registered')));
				}
				if (datesChanged || placeChanged) await tellChange(tx, event, occurrence);
				if (event.capacity > before.capacity) await offerFreePlaces(tx, event, occurrence);
			}
			// The room follows the form: booked, moved with the dates, or freed (decision 029).
			await setEventRoom(tx, { networkId, eventId: event.id, room });
			await syncEventRoom(tx, { networkId, eventId: event.id, accountId: actor.accountId, at });
			return event;
		});
	} catch (error) {
		if (hasSqlState(error, sqlStates.eventFull)) throw new AppError('event_capacity_below_taken', 'capacity');
		throw error;
	}
}
