// The event page: the event, where and who leads it, its occurrences (upcoming; recent past ones too for the
// people who mark attendance) with their places, and the reader's own registration on each.
import { and, asc, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { LIVE_REGISTRATION_STATUSES } from '../../event-options.ts';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import { qualified } from '../db/qualified.ts';
import { accounts, eventFacilitators, eventOccurrences, eventRegistrations } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { findGroup } from '../groups/find-group.ts';
import { groupMemberOf } from '../groups/group-access.ts';
import { findVenue } from '../venues/find-venue.ts';
import { eventRoomOf } from '../space/event-room.ts';
import { canSeeEvent, findEvent, isFacilitator } from './event-access.ts';
import { HOLDS_PLACE } from './registration-statuses.ts';

export const UPCOMING_SHOWN = 20;
export const PAST_SHOWN = 10;

// The counts name the outer row through qualified(): in this one-table select a bare ${eventOccurrences.id} would
// be the subquery's own column (decision 022, « Counts in subqueries »).
export const occurrenceFields = {
	id: eventOccurrences.id,
	startsAt: eventOccurrences.startsAt,
	endsAt: eventOccurrences.endsAt,
	originalStartsAt: eventOccurrences.originalStartsAt,
	cancelledAt: eventOccurrences.cancelledAt,
	attendanceMarkedAt: eventOccurrences.attendanceMarkedAt,
	taken: sql<number>`(select count(*)::int from event_registrations r
		where r.occurrence_id = ${qualified(eventOccurrences.id)} and r.status in ${HOLDS_PLACE})`,
	waiting: sql<number>`(select count(*)::int from event_registrations r
		where r.occurrence_id = ${qualified(eventOccurrences.id)} and r.status = 'waitlisted')`
};

export async function getEvent(options: { actor: Actor | null; networkId: string; eventId: string; token?: string }) {
	const actor = requireMember(options.actor, options.networkId);
	const q = db();
	const event = await findEvent(q, options.networkId, options.eventId);
	if (!(await canSeeEvent(q, actor, event, options.token))) throw new AppError('not_found');
	const at = now();
	const coordinator = isCoordinator(actor, options.networkId);
	const lead = coordinator || (await isFacilitator(q, event.id, actor.accountId));
	const [group, venue, facilitators, upcoming, pastRows, groupRow, room] = await Promise.all([
		event.groupId ? findGroup({ networkId: options.networkId, groupId: event.groupId }, q) : undefined,
		event.venueId ? findVenue({ networkId: options.networkId, venueId: event.venueId }, q) : undefined,
		q
			.select({ accountId: accounts.id, name: accounts.name })
			.from(eventFacilitators)
			.innerJoin(accounts, eq(accounts.id, eventFacilitators.accountId))
			.where(eq(eventFacilitators.eventId, event.id))
			.orderBy(asc(accounts.name)),
		q
			.select(occurrenceFields)
			.from(eventOccurrences)
			.where(and(eq(eventOccurrences.eventId, event.id), gt(eventOccurrences.endsAt, at)))
			.orderBy(asc(eventOccurrences.startsAt))
			.limit(UPCOMING_SHOWN),
		lead
			? q
					.select(occurrenceFields)
					.from(eventOccurrences)
					.where(and(eq(eventOccurrences.eventId, event.id), lte(eventOccurrences.endsAt, at)))
					.orderBy(desc(eventOccurrences.startsAt))
					.limit(PAST_SHOWN)
			: [],
		event.groupId ? groupMemberOf(event.groupId, actor.accountId, q) : undefined,
		event.venueId ? eventRoomOf(q, event.id) : undefined
	]);
	const past = pastRows as typeof upcoming;
	const shownIds = [...upcoming, ...past].map((o) => o.id);
	const mine =
		shownIds.length === 0
			? []
			: await q
					.select({
						id: eventRegistrations.id,
						occurrenceId: eventRegistrations.occurrenceId,
						status: eventRegistrations.status,
						offerExpiresAt: eventRegistrations.offerExpiresAt,
						attendance: eventRegistrations.attendance,
						position: sql<number>`(select count(*)::int + 1 from event_registrations w
							where w.occurrence_id = ${qualified(eventRegistrations.occurrenceId)} and w.status = 'waitlisted'
								and w.arrival < ${qualified(eventRegistrations.arrival)})`
					})
					.from(eventRegistrations)
					.where(
						and(
							eq(eventRegistrations.accountId, actor.accountId),
							inArray(eventRegistrations.occurrenceId, shownIds),
							inArray(eventRegistrations.status, [...LIVE_REGISTRATION_STATUSES])
						)
					);
	const mineByOccurrence = new Map(mine.map((r) => [r.occurrenceId, r]));
	const withMine = <T extends { id: string; startsAt: Date }>(o: T) => ({
		...o,
		started: o.startsAt.getTime() <= at.getTime(),
		mine: mineByOccurrence.get(o.id) ?? null
	});
	const mayRegister = event.cancelledAt === null && (event.audience !== 'group' || groupRow?.status === 'active');
	return {
		event,
		group: group ? { id: group.id, name: group.name } : null,
		venue: venue ?? null,
		// The room of the venue it reserves (decision 029), if any.
		room: room ?? null,
		facilitators,
		upcoming: upcoming.map(withMine),
		past: past.map(withMine),
		coordinator,
		lead,
		mayRegister
	};
}
