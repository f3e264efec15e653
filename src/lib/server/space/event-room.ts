// An event at one of the network's own venues reserves a room there (decision 029, « Events reserve a room »):
// each occurrence still to come holds a booking of it, linked by `occurrence_id`, moved and cancelled with it.
// The bookings pass the same exclusion constraint and trigger as anyone's, so a taken room, a closed day or a
// time outside the opening hours refuses the event's change with a sentence naming the room and the date.
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { Queryable } from '../db/client.ts';
import { hasSqlState, isExclusionViolation } from '../db/errors.ts';
import { isUuid } from '../db/ids.ts';
import { eventOccurrences, spaceBookings, spaceEventRooms, spaceResources, venues } from '../db/schema/index.ts';
import { sqlStates } from '../db/sql-states.ts';
import { AppError } from '../errors.ts';
import { formatParis } from '../../paris-time.ts';
import { SLOT_HOLDING_STATUSES } from '../../space-options.ts';

type Occurrence = { id: string; startsAt: Date; endsAt: Date };

const holding = inArray(spaceBookings.status, [...SLOT_HOLDING_STATUSES]);

/**
 * The room chosen on the event form, checked: a room in use at the event's venue, which must be one of the
 * network's own (a partner's kitchen is not ours to book). Anything else is one sentence next to the field.
 */
export async function checkEventRoom(q: Queryable, networkId: string, venueId: string | null, roomId: string | null) {
	if (roomId === null) return null;
	if (!isUuid(roomId)) throw new AppError('space_room_unknown', 'roomId');
	const [room] = await q
		.select({
			id: spaceResources.id,
			name: spaceResources.name,
			venueId: spaceResources.venueId,
			isOwnSpace: venues.isOwnSpace
		})
		.from(spaceResources)
		.innerJoin(venues, eq(venues.id, spaceResources.venueId))
		.where(
			and(
				eq(spaceResources.networkId, networkId),
				eq(spaceResources.id, roomId),
				eq(spaceResources.kind, 'room'),
				isNull(spaceResources.archivedAt)
			)
		);
	if (!room) throw new AppError('space_room_unknown', 'roomId');
	if (room.venueId !== venueId || !room.isOwnSpace) throw new AppError('space_room_elsewhere', 'roomId');
	return room;
}

/** The room an event reserves, if any. */
export async function eventRoomOf(q: Queryable, eventId: string) {
	const [row] = await q
		.select({ id: spaceResources.id, name: spaceResources.name })
		.from(spaceEventRooms)
		.innerJoin(spaceResources, eq(spaceResources.id, spaceEventRooms.resourceId))
		.where(eq(spaceEventRooms.eventId, eventId));
	return row;
}

/** Records the event's room (or none) without touching the bookings: `syncEventRoom` does that next. */
export async function setEventRoom(
	q: Queryable,
	options: { networkId: string; eventId: string; room: { id: string } | null }
) {
	if (options.room === null) {
		await q.delete(spaceEventRooms).where(eq(spaceEventRooms.eventId, options.eventId));
		return;
	}
	await q
		.insert(spaceEventRooms)
		.values({ networkId: options.networkId, eventId: options.eventId, resourceId: options.room.id })
		.onConflictDoUpdate({ target: spaceEventRooms.eventId, set: { resourceId: options.room.id } });
}

/**
 * Brings the bookings of the event's occurrences still to come in line with its room: books the ones without,
 * moves the ones whose time changed, frees those of a room no longer chosen (or of a cancelled occurrence).
 * `occurrenceId` limits it to one occurrence (a move). Past occurrences keep their bookings as history.
 */
export async function syncEventRoom(
	q: Queryable,
	options: {
		networkId: string;
		eventId: string;
		accountId: string;
		at: Date;
		occurrenceId?: string;
		/** The form field a refusal is shown beside: the room on the event form, the start on a move. */
		field?: string;
	}
) {
	const field = options.field ?? 'roomId';
	const room = await eventRoomOf(q, options.eventId);
	const occurrences = await q
		.select({
			id: eventOccurrences.id,
			startsAt: eventOccurrences.startsAt,
			endsAt: eventOccurrences.endsAt,
			cancelledAt: eventOccurrences.cancelledAt
		})
		.from(eventOccurrences)
		.where(
			and(
				eq(eventOccurrences.eventId, options.eventId),
				gt(eventOccurrences.startsAt, options.at),
				options.occurrenceId ? eq(eventOccurrences.id, options.occurrenceId) : undefined
			)
		)
		.orderBy(eventOccurrences.startsAt);
	if (occurrences.length === 0) return;
	const held = await q
		.select()
		.from(spaceBookings)
		.where(
			and(
				inArray(
					spaceBookings.occurrenceId,
					occurrences.map((o) => o.id)
				),
				holding
			)
		);
	const bookingOf = new Map(held.map((b) => [b.occurrenceId, b]));
	for (const occurrence of occurrences) {
		const booking = bookingOf.get(occurrence.id);
		const wanted = room && occurrence.cancelledAt === null ? room : null;
		if (booking && booking.resourceId !== wanted?.id) {
			await freeBooking(q, booking.id, options.accountId, options.at);
		}
		if (!wanted) continue;
		if (booking && booking.resourceId === wanted.id) {
			const same =
				booking.startsAt.getTime() === occurrence.startsAt.getTime() &&
				booking.endsAt.getTime() === occurrence.endsAt.getTime();
			if (!same) {
				await q
					.update(spaceBookings)
					.set({ startsAt: occurrence.startsAt, endsAt: occurrence.endsAt })
					.where(eq(spaceBookings.id, booking.id))
					.catch(roomRefused(wanted, occurrence, field));
			}
			continue;
		}
		await q
			.insert(spaceBookings)
			.values({
				networkId: options.networkId,
				resourceId: wanted.id,
				accountId: options.accountId,
				bookedByAccountId: options.accountId,
				occurrenceId: occurrence.id,
				startsAt: occurrence.startsAt,
				endsAt: occurrence.endsAt,
				blockedUntil: occurrence.endsAt,
				createdAt: options.at
			})
			.catch(roomRefused(wanted, occurrence, field));
	}
}

/** Frees the room of one occurrence (cancelled on its own or with its event). */
export async function freeOccurrenceRoom(q: Queryable, occurrenceId: string, accountId: string | null, at: Date) {
	await q
		.update(spaceBookings)
		.set({ status: 'cancelled', cancelledAt: at, cancelledByAccountId: accountId })
		.where(and(eq(spaceBookings.occurrenceId, occurrenceId), holding));
}

async function freeBooking(q: Queryable, bookingId: string, accountId: string, at: Date) {
	await q
		.update(spaceBookings)
		.set({ status: 'cancelled', cancelledAt: at, cancelledByAccountId: accountId })
		.where(eq(spaceBookings.id, bookingId));
}

/** The database's refusal of an occurrence's room, as a sentence naming the room and the date. */
function roomRefused(room: { name: string }, occurrence: Occurrence, field: string) {
	return (error: unknown): never => {
		const locale = getLocale();
		const params = {
			room: room.name,
			day: formatParis(occurrence.startsAt, locale, 'dateFull'),
			from: formatParis(occurrence.startsAt, locale, 'time'),
			to: formatParis(occurrence.endsAt, locale, 'time')
		};
		if (isExclusionViolation(error)) throw new AppError('space_room_taken', field, params);
		if (hasSqlState(error, sqlStates.spaceClosed)) throw new AppError('space_room_closed', field, params);
		if (hasSqlState(error, sqlStates.spaceNotOpen)) throw new AppError('space_room_not_open', field, params);
		throw error;
	};
}
