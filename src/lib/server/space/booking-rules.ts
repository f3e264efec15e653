// The checks every new booking passes before the database's own (decision 029): these give the friendly
// sentence; the exclusion constraint and the trigger space_bookings_check keep the invariants whatever happens.
import { and, count, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { hasSqlState, isExclusionViolation } from '../db/errors.ts';
import { spaceBookings, spaceResources } from '../db/schema/index.ts';
import { sqlStates } from '../db/sql-states.ts';
import { lockUntilCommit } from '../db/xact-lock.ts';
import { AppError } from '../errors.ts';
import type { Resource } from './resource-access.ts';
import { SLOT_HOLDING_STATUSES, type BookingStatus } from '../../space-options.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * A real slot of the right length, still to come and (for members) not too far ahead. The front desk may book
 * further ahead (`fromDesk`): it knows the person in front of it.
 */
export function checkBookingTimes(
	resource: Resource,
	slot: { startsAt: Date; endsAt: Date },
	at: Date,
	fromDesk: boolean
) {
	if (slot.endsAt.getTime() <= slot.startsAt.getTime()) throw new AppError('space_booking_order', 'minutes');
	if (slot.startsAt.getTime() <= at.getTime()) throw new AppError('space_booking_past', 'start');
	const minutes = (slot.endsAt.getTime() - slot.startsAt.getTime()) / MINUTE;
	if (minutes < resource.minMinutes || minutes > resource.maxMinutes) {
		throw new AppError('space_booking_duration', 'minutes', {
			min: String(resource.minMinutes),
			max: String(resource.maxMinutes)
		});
	}
	if (!fromDesk && slot.startsAt.getTime() > at.getTime() + resource.maxDaysAhead * DAY) {
		throw new AppError('space_booking_too_far', 'start', { days: String(resource.maxDaysAhead) });
	}
}

/**
 * A member holds at most `maxFutureBookings` bookings still to come on the resources of that kind at that venue
 * (« 2 créneaux de poste informatique à venir »). Under a lock on the member, so two quick clicks cannot both pass.
 */
export async function checkMemberLimit(tx: Tx, resource: Resource, accountId: string, at: Date) {
	await lockUntilCommit(tx, `space-member:${resource.networkId}:${accountId}`);
	const [held] = await tx
		.select({ n: count() })
		.from(spaceBookings)
		.innerJoin(spaceResources, eq(spaceResources.id, spaceBookings.resourceId))
		.where(
			and(
				eq(spaceBookings.accountId, accountId),
				inArray(spaceBookings.status, [...SLOT_HOLDING_STATUSES]),
				// An event's room is the network's, not the coordinator's own quota.
				isNull(spaceBookings.occurrenceId),
				gt(spaceBookings.endsAt, at),
				eq(spaceResources.venueId, resource.venueId),
				eq(spaceResources.kind, resource.kind)
			)
		);
	if (held.n >= resource.maxFutureBookings) {
		throw new AppError('space_booking_limit', undefined, { count: String(resource.maxFutureBookings) });
	}
}

/** The database's refusals of a booking, as the sentences people read (« Ce créneau vient d'être pris »). */
export function bookingRefused(error: unknown): never {
	if (isExclusionViolation(error)) throw new AppError('slot_taken', 'start');
	if (hasSqlState(error, sqlStates.spaceClosed)) throw new AppError('space_closed', 'start');
	if (hasSqlState(error, sqlStates.spaceNotOpen)) throw new AppError('space_not_open', 'start');
	throw error;
}

/**
 * Writes a booking, confirmed or (awaiting a coordinator) requested: both hold the slot. The trigger sets
 * blocked_until (the end plus the resource's buffer).
 */
export async function insertBooking(
	tx: Tx,
	values: {
		networkId: string;
		resourceId: string;
		accountId: string;
		bookedByAccountId: string;
		startsAt: Date;
		endsAt: Date;
		purpose: string;
		createdAt: Date;
		status?: BookingStatus;
	}
) {
	const [booking] = await tx
		.insert(spaceBookings)
		.values({ ...values, blockedUntil: values.endsAt })
		.returning();
	return booking;
}
