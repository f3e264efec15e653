// Who may see, register for and run an event (decision 022). Network coordinators create and run every event;
// facilitators mark attendance of theirs. Registering needs an active membership of the network, plus an active
// membership of the group for a group event, or the secret link for a « with the link » event.
import { and, eq } from 'drizzle-orm';
import { isCoordinator, type Actor } from '../auth/policies.ts';
import type { Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { eventFacilitators, eventOccurrences, eventRegistrations, events } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { groupMemberOf } from '../groups/group-access.ts';

export type EventRow = typeof events.$inferSelect;
export type OccurrenceRow = typeof eventOccurrences.$inferSelect;

/** The event of this network, or not_found. */
export async function findEvent(q: Queryable, networkId: string, eventId: string): Promise<EventRow> {
	if (!isUuid(eventId)) throw new AppError('not_found');
	const [event] = await q
		.select()
		.from(events)
		.where(and(eq(events.networkId, networkId), eq(events.id, eventId)));
	if (!event) throw new AppError('not_found');
	return event;
}

/**
 * The occurrence of this network and its event, the occurrence row locked FOR UPDATE: every change of its
 * registrations takes this lock first, so they queue one behind the other in arrival order.
 */
export async function lockOccurrence(q: Queryable, networkId: string, occurrenceId: string) {
	if (!isUuid(occurrenceId)) throw new AppError('not_found');
	const [row] = await q
		.select({ occurrence: eventOccurrences, event: events })
		.from(eventOccurrences)
		.innerJoin(events, eq(events.id, eventOccurrences.eventId))
		.where(and(eq(eventOccurrences.networkId, networkId), eq(eventOccurrences.id, occurrenceId)))
		.for('update', { of: eventOccurrences });
	if (!row) throw new AppError('not_found');
	return row;
}

export async function isFacilitator(q: Queryable, eventId: string, accountId: string): Promise<boolean> {
	const rows = await q
		.select({ accountId: eventFacilitators.accountId })
		.from(eventFacilitators)
		.where(and(eq(eventFacilitators.eventId, eventId), eq(eventFacilitators.accountId, accountId)));
	return rows.length > 0;
}

async function hasRegistrationFor(q: Queryable, eventId: string, accountId: string): Promise<boolean> {
	const rows = await q
		.select({ id: eventRegistrations.id })
		.from(eventRegistrations)
		.innerJoin(eventOccurrences, eq(eventOccurrences.id, eventRegistrations.occurrenceId))
		.where(and(eq(eventOccurrences.eventId, eventId), eq(eventRegistrations.accountId, accountId)))
		.limit(1);
	return rows.length > 0;
}

/**
 * Whether an active member may see the event: every event is visible in the network except « with the link »
 * ones, which need the link unless the person runs it, leads it or is registered.
 */
export async function canSeeEvent(
	q: Queryable,
	actor: Actor,
	event: EventRow,
	token: string | undefined
): Promise<boolean> {
	if (event.audience !== 'link') return true;
	if (token && token === event.linkToken) return true;
	if (isCoordinator(actor, event.networkId)) return true;
	return (
		(await isFacilitator(q, event.id, actor.accountId)) || (await hasRegistrationFor(q, event.id, actor.accountId))
	);
}

/** Refuses a registration the audience does not allow (the actor is already an active member). */
export async function requireMayRegister(q: Queryable, actor: Actor, event: EventRow, token: string | undefined) {
	if (event.audience === 'link' && !(await canSeeEvent(q, actor, event, token))) throw new AppError('not_found');
	if (event.audience === 'group' && event.groupId !== null) {
		const row = await groupMemberOf(event.groupId, actor.accountId, q);
		if (row?.status !== 'active') throw new AppError('event_group_only');
	}
}

/** Coordinators of the network, and the event's facilitators: who mark attendance. */
export async function requireEventLead(q: Queryable, actor: Actor, event: EventRow) {
	if (isCoordinator(actor, event.networkId)) return;
	if (await isFacilitator(q, event.id, actor.accountId)) return;
	throw new AppError('forbidden');
}

/** An occurrence still open for registration: neither cancelled nor started. */
export function requireOpen(occurrence: OccurrenceRow, event: EventRow, at: Date) {
	if (occurrence.cancelledAt !== null || event.cancelledAt !== null) throw new AppError('event_cancelled');
	if (occurrence.startsAt.getTime() <= at.getTime()) throw new AppError('event_past');
}
