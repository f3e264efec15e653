// One occurrence for the people who run it: its registrations (places, offers, the waiting list in order) and
// their attendance, to mark presences and to move or cancel it.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { LIVE_REGISTRATION_STATUSES } from '../../event-options.ts';
import { requireMember, type Actor, isCoordinator } from '../auth/policies.ts';
import { db } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { accounts, eventGuests, eventOccurrences, eventRegistrations, events } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { requireEventLead } from './event-access.ts';

export async function getOccurrence(options: {
	actor: Actor | null;
	networkId: string;
	eventId: string;
	occurrenceId: string;
}) {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.occurrenceId) || !isUuid(options.eventId)) throw new AppError('not_found');
	const q = db();
	const [row] = await q
		.select({ occurrence: eventOccurrences, event: events })
		.from(eventOccurrences)
		.innerJoin(events, eq(events.id, eventOccurrences.eventId))
		.where(
			and(
				eq(eventOccurrences.networkId, options.networkId),
				eq(eventOccurrences.id, options.occurrenceId),
				eq(events.id, options.eventId)
			)
		);
	if (!row) throw new AppError('not_found');
	await requireEventLead(q, actor, row.event);
	const people = await q
		.select({
			id: eventRegistrations.id,
			// The member's account or the guest: what attendance is marked by.
			personId: sql<string>`coalesce(${eventRegistrations.accountId}, ${eventRegistrations.guestId})`,
			name: sql<string>`coalesce(${accounts.name}, ${eventGuests.name})`,
			// Guests (decision 024) are shown as such, with the address to reach them.
			guestEmail: eventGuests.email,
			status: eventRegistrations.status,
			attendance: eventRegistrations.attendance,
			offerExpiresAt: eventRegistrations.offerExpiresAt
		})
		.from(eventRegistrations)
		.leftJoin(accounts, eq(accounts.id, eventRegistrations.accountId))
		.leftJoin(eventGuests, eq(eventGuests.id, eventRegistrations.guestId))
		.where(
			and(
				eq(eventRegistrations.occurrenceId, row.occurrence.id),
				inArray(eventRegistrations.status, [...LIVE_REGISTRATION_STATUSES])
			)
		)
		.orderBy(
			sql`case ${eventRegistrations.status} when 'registered' then 0 when 'offered' then 1 else 2 end`,
			asc(eventRegistrations.arrival)
		);
	return { ...row, people, coordinator: isCoordinator(actor, options.networkId) };
}
