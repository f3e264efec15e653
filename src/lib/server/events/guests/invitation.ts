// « Anyone with the link » (decision 024): what a visitor without an account sees of an event from its secret
// link — the event, where (never the door code), and its upcoming occurrences with the places left — so that they
// can register as a guest with a name and an email address.
import { and, asc, eq, gt } from 'drizzle-orm';
import { now } from '../../clock.ts';
import { db, type Queryable } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { eventOccurrences, events, networks } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { findVenue, publicVenue } from '../../venues/find-venue.ts';
import type { EventRow } from '../event-access.ts';
import { occurrenceFields, UPCOMING_SHOWN } from '../get-event.ts';

/** A secret of a link or a guest page: what randomToken() makes, nothing else is looked up. */
export const isSecret = (value: string) => /^[A-Za-z0-9_-]{20,100}$/.test(value);

/**
 * The « with the link » event this secret opens, with its network's name; not_found otherwise, and while the
 * network is suspended (decision 007).
 */
export async function findInvitedEvent(
	q: Queryable,
	eventId: string,
	token: string
): Promise<{ event: EventRow; network: string }> {
	if (!isUuid(eventId) || !isSecret(token)) throw new AppError('not_found');
	const [row] = await q
		.select({ event: events, network: networks.name })
		.from(events)
		.innerJoin(networks, eq(networks.id, events.networkId))
		.where(
			and(
				eq(events.id, eventId),
				eq(events.audience, 'link'),
				eq(events.linkToken, token),
				eq(networks.status, 'active')
			)
		);
	if (!row) throw new AppError('not_found');
	return row;
}

/** The event's venue as people outside the network may see it: no door code, which is for members only. */
export async function eventVenueForGuests(q: Queryable, event: EventRow) {
	if (!event.venueId) return null;
	const venue = await findVenue({ networkId: event.networkId, venueId: event.venueId }, q);
	return venue ? publicVenue(venue) : null;
}

export async function getInvitation(options: { eventId: string; token: string }) {
	const q = db();
	const { event, network } = await findInvitedEvent(q, options.eventId, options.token);
	const [venue, occurrences] = await Promise.all([
		eventVenueForGuests(q, event),
		q
			.select(occurrenceFields)
			.from(eventOccurrences)
			.where(and(eq(eventOccurrences.eventId, event.id), gt(eventOccurrences.startsAt, now())))
			.orderBy(asc(eventOccurrences.startsAt))
			.limit(UPCOMING_SHOWN)
	]);
	return {
		network,
		event: {
			id: event.id,
			title: event.title,
			description: event.description,
			kind: event.kind,
			capacity: event.capacity,
			online: event.onlineUrl !== null,
			cancelled: event.cancelledAt !== null
		},
		venue,
		occurrences: occurrences.map((o) => ({ ...o, open: o.cancelledAt === null && event.cancelledAt === null }))
	};
}
