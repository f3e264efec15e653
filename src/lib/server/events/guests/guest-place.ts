// A guest's own page (/invitation/place/<token>, decision 024): their occurrence, where it is, and their
// registration if any (a place, the waiting list with their position, a place offered until a deadline).
import { and, desc, eq, sql } from 'drizzle-orm';
import { now } from '../../clock.ts';
import { db, type Queryable } from '../../db/client.ts';
import { eventGuests, eventOccurrences, eventRegistrations, events, networks } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { eventVenueForGuests, isSecret } from './invitation.ts';

export type GuestRow = typeof eventGuests.$inferSelect;

/** The guest this secret belongs to, or not_found (also while the network is suspended, decision 007). */
export async function guestByToken(q: Queryable, token: string): Promise<GuestRow> {
	if (!isSecret(token)) throw new AppError('not_found');
	const [row] = await q
		.select({ guest: eventGuests })
		.from(eventGuests)
		.innerJoin(networks, eq(networks.id, eventGuests.networkId))
		.where(and(eq(eventGuests.token, token), eq(networks.status, 'active')));
	if (!row) throw new AppError('not_found');
	return row.guest;
}

/** The guest's registration that counts: the live one, or else the last one. */
export async function lastRegistrationOf(q: Queryable, guestId: string) {
	const [registration] = await q
		.select()
		.from(eventRegistrations)
		.where(eq(eventRegistrations.guestId, guestId))
		.orderBy(desc(eventRegistrations.arrival))
		.limit(1);
	return registration ?? null;
}

export async function getGuestPlace(options: { token: string }) {
	const q = db();
	const guest = await guestByToken(q, options.token);
	const [row] = await q
		.select({ occurrence: eventOccurrences, event: events, network: networks.name })
		.from(eventOccurrences)
		.innerJoin(events, eq(events.id, eventOccurrences.eventId))
		.innerJoin(networks, eq(networks.id, events.networkId))
		.where(eq(eventOccurrences.id, guest.occurrenceId));
	const registration = await lastRegistrationOf(q, guest.id);
	const position =
		registration?.status === 'waitlisted'
			? ((
					await q
						.select({ ahead: sql<number>`count(*)::int` })
						.from(eventRegistrations)
						.where(
							and(
								eq(eventRegistrations.occurrenceId, guest.occurrenceId),
								eq(eventRegistrations.status, 'waitlisted'),
								sql`${eventRegistrations.arrival} < ${registration.arrival}`
							)
						)
				)[0].ahead ?? 0) + 1
			: null;
	const { event, occurrence } = row;
	const registered = registration?.status === 'registered';
	return {
		guest: { name: guest.name, email: guest.email },
		token: guest.token,
		network: row.network,
		event: {
			id: event.id,
			title: event.title,
			description: event.description,
			// The online link is for those who have a place.
			onlineUrl: registered ? event.onlineUrl : null
		},
		occurrence: {
			startsAt: occurrence.startsAt,
			endsAt: occurrence.endsAt,
			cancelled: occurrence.cancelledAt !== null || event.cancelledAt !== null,
			started: occurrence.startsAt.getTime() <= now().getTime()
		},
		venue: await eventVenueForGuests(q, event),
		registration: registration
			? { status: registration.status, offerExpiresAt: registration.offerExpiresAt, position }
			: null
	};
}
