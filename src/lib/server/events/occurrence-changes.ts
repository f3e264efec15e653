// What happens to the people of an occurrence when it changes or is cancelled. Callers hold its lock.
import { and, eq, inArray } from 'drizzle-orm';
import { LIVE_REGISTRATION_STATUSES } from '../../event-options.ts';
import { now } from '../clock.ts';
import type { Queryable } from '../db/client.ts';
import { eventOccurrences, eventRegistrations } from '../db/schema/index.ts';
import type { EventRow, OccurrenceRow } from './event-access.ts';
import { notifyEvent } from './notify-event.ts';
import { freeOccurrenceRoom } from '../space/event-room.ts';

async function livePeople(tx: Queryable, occurrenceId: string) {
	return tx
		.select({ id: eventRegistrations.id, accountId: eventRegistrations.accountId, guestId: eventRegistrations.guestId })
		.from(eventRegistrations)
		.where(
			and(
				eq(eventRegistrations.occurrenceId, occurrenceId),
				inArray(eventRegistrations.status, [...LIVE_REGISTRATION_STATUSES])
			)
		);
}

/** Cancels the occurrence: every registration ends and its person is told. */
export async function cancelLockedOccurrence(tx: Queryable, event: EventRow, occurrence: OccurrenceRow) {
	const at = now();
	const people = await livePeople(tx, occurrence.id);
	await tx
		.update(eventOccurrences)
		.set({ cancelledAt: at, updatedAt: at })
		.where(eq(eventOccurrences.id, occurrence.id));
	// Its room is free again (decision 029).
	await freeOccurrenceRoom(tx, occurrence.id, null, at);
	await tx
		.update(eventRegistrations)
		.set({ status: 'cancelled', endedAt: at })
		.where(
			and(
				eq(eventRegistrations.occurrenceId, occurrence.id),
				inArray(eventRegistrations.status, [...LIVE_REGISTRATION_STATUSES])
			)
		);
	for (const person of people) {
		await notifyEvent(tx, {
			networkId: event.networkId,
			to: person,
			what: 'cancelled',
			title: event.title,
			eventId: event.id,
			startsAt: occurrence.startsAt
		});
	}
}

/** Tells everyone registered, offered or waiting that the occurrence changed (time or place). */
export async function tellChange(tx: Queryable, event: EventRow, occurrence: OccurrenceRow) {
	for (const person of await livePeople(tx, occurrence.id)) {
		await notifyEvent(tx, {
			networkId: event.networkId,
			to: person,
			what: 'changed',
			title: event.title,
			eventId: event.id,
			startsAt: occurrence.startsAt
		});
	}
}
