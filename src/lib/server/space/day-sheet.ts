import { and, asc, eq, gte, inArray, isNull, lt, lte, ne, or } from 'drizzle-orm';
import { requireCoordinator, type Actor } from '../auth/policies.ts';
import { now } from '../clock.ts';
import { db } from '../db/client.ts';
import {
	accounts,
	eventOccurrences,
	events,
	spaceBookings,
	spaceClosures,
	spaceResources,
	venues
} from '../db/schema/index.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';
import { AppError } from '../errors.ts';
import { parisDate } from '../../paris-time.ts';
import { addDays, atMinutes } from './week-plan.ts';

/**
 * The front desk's sheet of one day at one venue: who comes when, to which room or station, what for, whether
 * they have an email (else the desk is their way in), and whether they came; a request still to decide is
 * marked, a room held by a workshop shows its title. Below, the bookings of that day a coordinator cancelled or
 * refused for members without email: the desk tells them (decision 029, « Notices »). One A4 page when printed.
 */
export async function daySheet(options: { actor: Actor | null; networkId: string; venueId?: string; day?: string }) {
	requireCoordinator(options.actor, options.networkId);
	const day = options.day || parisDate(now());
	// The venues that have rooms or stations, « notre local » first.
	const places = await db()
		.selectDistinct({ id: venues.id, name: venues.name, isOwnSpace: venues.isOwnSpace })
		.from(venues)
		.innerJoin(spaceResources, eq(spaceResources.venueId, venues.id))
		.where(eq(venues.networkId, options.networkId))
		.orderBy(venues.name);
	places.sort((a, b) => Number(b.isOwnSpace) - Number(a.isOwnSpace));
	const venue = options.venueId ? places.find((v) => v.id === options.venueId) : places[0];
	if (options.venueId && !venue) throw new AppError('not_found');
	if (!venue) return { day, venue: null, venues: places, bookings: [], toTell: [], closure: null };
	const bookings = await db()
		.select({
			id: spaceBookings.id,
			startsAt: spaceBookings.startsAt,
			endsAt: spaceBookings.endsAt,
			purpose: spaceBookings.purpose,
			noShowAt: spaceBookings.noShowAt,
			status: spaceBookings.status,
			resourceName: spaceResources.name,
			memberName: accounts.name,
			hasEmail: accounts.email,
			eventTitle: events.title
		})
		.from(spaceBookings)
		.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
		.innerJoin(accounts, eq(accounts.id, spaceBookings.accountId))
		.leftJoin(eventOccurrences, eq(eventOccurrences.id, spaceBookings.occurrenceId))
		.leftJoin(events, eq(events.id, eventOccurrences.eventId))
		.where(
			and(
				eq(spaceResources.venueId, venue.id),
				inArray(spaceBookings.status, [...SLOT_HOLDING_STATUSES]),
				gte(spaceBookings.startsAt, atMinutes(day, 0)),
				lt(spaceBookings.startsAt, atMinutes(addDays(day, 1), 0))
			)
		)
		.orderBy(asc(spaceBookings.startsAt), asc(spaceResources.nameKey));
	const toTell = await db()
		.select({
			id: spaceBookings.id,
			startsAt: spaceBookings.startsAt,
			endsAt: spaceBookings.endsAt,
			status: spaceBookings.status,
			reason: spaceBookings.reason,
			resourceName: spaceResources.name,
			memberName: accounts.name
		})
		.from(spaceBookings)
		.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
		.innerJoin(accounts, eq(accounts.id, spaceBookings.accountId))
		.where(
			and(
				eq(spaceResources.venueId, venue.id),
				isNull(accounts.email),
				isNull(spaceBookings.occurrenceId),
				or(
					and(eq(spaceBookings.status, 'cancelled'), ne(spaceBookings.cancelledByAccountId, spaceBookings.accountId)),
					eq(spaceBookings.status, 'refused')
				),
				gte(spaceBookings.startsAt, atMinutes(day, 0)),
				lt(spaceBookings.startsAt, atMinutes(addDays(day, 1), 0))
			)
		)
		.orderBy(asc(spaceBookings.startsAt), asc(spaceResources.nameKey));
	const [closure] = await db()
		.select({ reason: spaceClosures.reason })
		.from(spaceClosures)
		.where(and(eq(spaceClosures.venueId, venue.id), lte(spaceClosures.startsOn, day), gte(spaceClosures.endsOn, day)));
	const at = now();
	return {
		day,
		venue,
		venues: places,
		closure: closure ?? null,
		toTell,
		bookings: bookings.map(({ hasEmail, ...b }) => ({
			...b,
			hasEmail: hasEmail !== null,
			started: b.startsAt.getTime() <= at.getTime()
		}))
	};
}
