// Bookings in calendars (decision 029, on decision 023's writer): one booking's `.ics` from « mes réservations »,
// and the member's bookings in their private feed. Venue name and address only, never its door code.
import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import { m } from '#lib/paraglide/messages.js';
import { isCoordinator, requireMember, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db, type Queryable } from '../db/client.ts';
import { isUuid } from '../db/ids.ts';
import { spaceBookings, spaceResources, venues } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { writeCalendar, type IcsEvent } from '../calendars/ics.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';

/** At most this many bookings in a feed. */
const FEED_MAX_BOOKINGS = 200;

const columns = {
	id: spaceBookings.id,
	accountId: spaceBookings.accountId,
	startsAt: spaceBookings.startsAt,
	endsAt: spaceBookings.endsAt,
	purpose: spaceBookings.purpose,
	status: spaceBookings.status,
	createdAt: spaceBookings.createdAt,
	cancelledAt: spaceBookings.cancelledAt,
	decidedAt: spaceBookings.decidedAt,
	resourceName: spaceResources.name,
	venueName: venues.name,
	venueAddress: venues.address
};
type BookingFacts = {
	id: string;
	startsAt: Date;
	endsAt: Date;
	purpose: string;
	status: string;
	createdAt: Date;
	cancelledAt: Date | null;
	decidedAt: Date | null;
	resourceName: string;
	venueName: string;
	venueAddress: string;
};

function bookingEvent(row: BookingFacts, origin: string): IcsEvent {
	const page = `${origin}/espace/mes-reservations`;
	const changedAt = row.cancelledAt ?? row.decidedAt ?? row.createdAt;
	return {
		uid: `booking-${row.id}@${new URL(origin).host}`,
		title: m.space_ics_title({ resource: row.resourceName, venue: row.venueName }),
		description: [row.purpose.trim(), m.space_ics_page({ url: page })].filter((l) => l !== '').join('\n\n'),
		location: `${row.venueName}, ${row.venueAddress}`,
		url: page,
		start: row.startsAt,
		end: row.endsAt,
		// Refused and lapsed requests leave calendars like cancelled bookings.
		cancelled: !(SLOT_HOLDING_STATUSES as readonly string[]).includes(row.status),
		sequence: Math.max(0, Math.floor((changedAt.getTime() - Date.UTC(2025, 0, 1)) / 60_000)),
		created: row.createdAt,
		lastModified: changedAt
	};
}

const base = (q: Queryable) =>
	q
		.select(columns)
		.from(spaceBookings)
		.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
		.innerJoin(venues, eq(venues.id, spaceResources.venueId));

/** One booking's calendar file, for the member it is for or a coordinator; anyone else's is « not found ». */
export async function bookingCalendar(options: {
	actor: Actor | null;
	networkId: string;
	bookingId: string;
	origin: string;
}): Promise<{ title: string; text: string }> {
	const actor = requireMember(options.actor, options.networkId);
	if (!isUuid(options.bookingId)) throw new AppError('not_found');
	const [row] = await base(db()).where(
		and(eq(spaceBookings.networkId, options.networkId), eq(spaceBookings.id, options.bookingId))
	);
	if (!row || (row.accountId !== actor.accountId && !isCoordinator(actor, options.networkId))) {
		throw new AppError('not_found');
	}
	const event = bookingEvent(row, options.origin);
	return { title: event.title, text: writeCalendar({ stamp: now(), events: [event] }) };
}

/** A member's bookings from `since` on, for their private feed (cancelled ones marked, so calendars drop them). */
export async function loadMemberBookings(
	q: Queryable,
	options: { networkId: string; accountId: string; since: Date; origin: string }
): Promise<IcsEvent[]> {
	const rows = await base(q)
		.where(
			and(
				eq(spaceBookings.networkId, options.networkId),
				eq(spaceBookings.accountId, options.accountId),
				// An event's room is in the feed as the event, not as the coordinator's booking.
				isNull(spaceBookings.occurrenceId),
				gte(spaceBookings.endsAt, options.since)
			)
		)
		.orderBy(asc(spaceBookings.startsAt))
		.limit(FEED_MAX_BOOKINGS);
	return rows.map((row) => bookingEvent(row, options.origin));
}
