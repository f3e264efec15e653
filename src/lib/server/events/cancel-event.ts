// A coordinator cancels the whole event: the series is marked cancelled and so is each occurrence still to come.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { eventOccurrences, events } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findEvent, lockOccurrence } from './event-access.ts';
import { cancelLockedOccurrence } from './occurrence-changes.ts';

export async function cancelEvent(options: { actor: Actor | null; networkId: string; eventId: string }) {
	requireCoordinator(options.actor, options.networkId);
	return db().transaction((tx) => cancelEventIn(tx, options));
}

/** The cancellation inside the caller's transaction (also a reopened meeting poll's, polls/reopen-poll.ts). */
export async function cancelEventIn(tx: Queryable, options: { networkId: string; eventId: string }) {
	const event = await findEvent(tx, options.networkId, options.eventId);
	if (event.cancelledAt !== null) throw new AppError('event_cancelled');
	const at = now();
	const upcoming = await tx
		.select({ id: eventOccurrences.id })
		.from(eventOccurrences)
		.where(
			and(
				eq(eventOccurrences.eventId, event.id),
				isNull(eventOccurrences.cancelledAt),
				gt(eventOccurrences.startsAt, at)
			)
		)
		.orderBy(eventOccurrences.startsAt);
	for (const { id } of upcoming) {
		const locked = await lockOccurrence(tx, options.networkId, id);
		await cancelLockedOccurrence(tx, locked.event, locked.occurrence);
	}
	await tx.update(events).set({ cancelledAt: at, updatedAt: at }).where(eq(events.id, event.id));
	return { eventId: event.id };
}
