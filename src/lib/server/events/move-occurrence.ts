// A coordinator moves one occurrence (this Tuesday becomes Wednesday): it keeps its registrations and its
// original start (the RECURRENCE-ID of calendars); everyone is told and will be reminded again before it.
import { and, eq, sql } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { eventOccurrences, eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { lockOccurrence, requireOpen } from './event-access.ts';
import { tellChange } from './occurrence-changes.ts';
import { insideReminderWindow } from './rules.ts';
import { syncEventRoom } from '../space/event-room.ts';

export async function moveOccurrence(options: {
	actor: Actor | null;
	networkId: string;
	occurrenceId: string;
	startsAt: Date;
	endsAt: Date;
}) {
	const actor = requireCoordinator(options.actor, options.networkId);
	if (options.endsAt.getTime() <= options.startsAt.getTime()) throw new AppError('invalid_input', 'endsAt');
	const at = now();
	if (options.startsAt.getTime() <= at.getTime()) throw new AppError('event_past', 'startsAt');
	return db().transaction((tx) => moveOccurrenceIn(tx, { ...options, accountId: actor.accountId, at }));
}

/** The move inside the caller's transaction (also a meeting poll whose chosen slot changes, polls/). */
export async function moveOccurrenceIn(
	tx: Queryable,
	options: { networkId: string; occurrenceId: string; startsAt: Date; endsAt: Date; accountId: string; at: Date }
) {
	const { at } = options;
	const actor = { accountId: options.accountId };
	const { occurrence, event } = await lockOccurrence(tx, options.networkId, options.occurrenceId);
	requireOpen(occurrence, event, at);
	const [moved] = await tx
		.update(eventOccurrences)
		.set({ startsAt: options.startsAt, endsAt: options.endsAt, updatedAt: at })
		.where(eq(eventOccurrences.id, occurrence.id))
		.returning();
	// A new date deserves a new reminder (unless it is already within a day).
	await tx
		.update(eventRegistrations)
		.set({ remindedAt: insideReminderWindow(at, options.startsAt) ? at : null })
		.where(and(eq(eventRegistrations.occurrenceId, occurrence.id), eq(eventRegistrations.status, 'registered')));
	// An open offer never runs past the (new) start.
	await tx
		.update(eventRegistrations)
		.set({
			offerExpiresAt: sql`least(${eventRegistrations.offerExpiresAt}, ${options.startsAt.toISOString()}::timestamptz)`
		})
		.where(and(eq(eventRegistrations.occurrenceId, occurrence.id), eq(eventRegistrations.status, 'offered')));
	// Its room moves with it, or the move is refused with the reason (decision 029).
	await syncEventRoom(tx, {
		networkId: options.networkId,
		eventId: event.id,
		accountId: actor.accountId,
		at,
		occurrenceId: occurrence.id,
		field: 'startsAt'
	});
	await tellChange(tx, event, moved);
	return moved;
}
